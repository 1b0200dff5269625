import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { type Bus, connectBus, declarePipeline } from "@poststelle/bus";
import { createLogger } from "@poststelle/telemetry";
import { type Dovecot, type NatsServer, startDovecot, startNats } from "@poststelle/test-support";
import { startIngestService } from "./service.js";
import { appendMany, imapTestConfig, testMail, waitUntil } from "./test-env.js";

describe("IMAP over TLS", { timeout: 60_000 }, () => {
  let nats: NatsServer;
  let dovecot: Dovecot;
  let bus: Bus;
  const logger = createLogger({ name: "ingest-tls-test", level: "silent" });

  before(async () => {
    nats = await startNats();
    dovecot = await startDovecot({ tls: true });
    bus = await connectBus({ servers: nats.url, name: "ingest-tls-test" });
    await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 120_000 });
    await dovecot.addUser("tls", "tls-pw");
    await appendMany(dovecot.account("tls", { tls: true }), "INBOX", [testMail(1)]);
  });
  after(async () => {
    await bus?.close(1_000);
    await dovecot?.stop();
    await nats?.stop();
  });

  it("refuses a certificate it cannot verify, and stays not ready", async () => {
    const account = dovecot.account("tls", { tls: true });
    const config = imapTestConfig(nats.url, account, {
      tls: true,
      tlsRejectUnauthorized: true,
      reconnectMinMs: 200,
    });
    const ingest = await startIngestService({ config, bus, logger });
    try {
      await waitUntil(
        () => ingest.states()["support"] === "backoff",
        10_000,
        "backoff after the TLS failure",
      );
      await sleep(500);
      assert.equal(ingest.ready(), false);
      assert.equal((await bus.jsm.streams.info("MAIL_INGESTED")).state.messages, 0);
    } finally {
      await ingest.stop();
    }
  });

  it("reads the mailbox over implicit TLS when told to accept the self-signed certificate", async () => {
    const account = dovecot.account("tls", { tls: true });
    const config = imapTestConfig(nats.url, account, { tls: true, tlsRejectUnauthorized: false });
    const ingest = await startIngestService({ config, bus, logger });
    try {
      await waitUntil(
        async () => (await bus.jsm.streams.info("MAIL_INGESTED")).state.messages === 1,
        10_000,
        "the mail over TLS",
      );
      assert.equal(ingest.ready(), true);
    } finally {
      await ingest.stop();
    }
  });
});

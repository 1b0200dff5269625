import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { serveOps, startTelemetry } from "@poststelle/telemetry";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

// Before anything creates an instrument: instruments bind to the provider registered at creation.
const telemetry = startTelemetry({ serviceName: "poststelle-ingest-test", logLevel: "silent" });
const FIXTURES = new URL("../../../test/fixtures/mail/", import.meta.url);

function value(text: string, name: string, labels: string[]): number | undefined {
  const line = text
    .split("\n")
    .find(
      (candidate) => candidate.startsWith(`${name}{`) && labels.every((label) => candidate.includes(label)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("ingest metrics", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  let ingest: IngestService | undefined;

  before(async () => {
    env = await startIngestTestEnv();
  });
  after(async () => {
    await ingest?.stop();
    await env?.close();
    await telemetry.shutdown();
  });

  it("count mails, bytes, parse failures and reconnects per mailbox, and show lag and connection state", async () => {
    const ops = await serveOps({ port: 0, host: "127.0.0.1", telemetry });
    try {
      const malformed = readFileSync(new URL("35-malformed-boundary-not-in-body.eml", FIXTURES)).toString(
        "latin1",
      );
      await appendMany(env.account, "INBOX", [testMail(1), testMail(2), malformed, testMail(3)]);
      ingest = await startIngestService(env.context(env.config({ reconnectMinMs: 100 })));
      await waitUntil(async () => (await env.streamCount()) === 3, 15_000, "3 mails");
      await waitUntil(() => ingest?.states()["support"] === "idle", 5_000, "idle");
      await env.dovecot.kick(env.account.user);
      await waitUntil(() => ingest?.states()["support"] !== "idle", 5_000, "the drop to be noticed");
      await waitUntil(() => ingest?.states()["support"] === "idle", 10_000, "idle after the reconnect");

      const text = await (await fetch(`${ops.url}/metrics`)).text();
      const box = 'mailbox="support"';
      assert.equal(value(text, "poststelle_ingest_mails_total", [box, 'outcome="published"']), 3, text);
      assert.equal(value(text, "poststelle_ingest_mails_total", [box, 'outcome="dead_letter"']), 1);
      assert.equal(
        value(text, "poststelle_ingest_parse_failures_total", [box, 'reason_code="mail.malformed"']),
        1,
      );
      assert.ok((value(text, "poststelle_ingest_bytes_total", [box]) ?? 0) > 1_000);
      assert.ok((value(text, "poststelle_ingest_reconnects_total", [box]) ?? 0) >= 1);
      assert.equal(value(text, "poststelle_ingest_lag", [box]), 0);
      assert.equal(value(text, "poststelle_ingest_connection_state", [box, 'state="idle"']), 1);
      assert.equal(value(text, "poststelle_ingest_connection_state", [box, 'state="backoff"']), 0);
      const ingestLines = text.split("\n").filter((line) => line.startsWith("poststelle_ingest_"));
      assert.ok(ingestLines.length > 10);
      const address = /[\w.+-]+@[\w-]+\.\w/;
      assert.ok(
        ingestLines.every((line) => !address.test(line)),
        "no addresses in metric labels",
      );
    } finally {
      await ops.close();
    }
  });
});

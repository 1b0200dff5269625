import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withImap } from "@poststelle/test-support";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

describe("ingest from a live mailbox", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  let ingest: IngestService | undefined;

  before(async () => {
    env = await startIngestTestEnv();
  });
  after(async () => {
    await ingest?.stop();
    await env?.close();
  });

  it("publishes 200 mails appended while it runs, each exactly once, and leaves \\Seen unset", async () => {
    const config = env.config();
    ingest = await startIngestService(env.context(config));
    await waitUntil(() => ingest?.states()["support"] === "idle", 10_000, "mailbox idle");
    assert.equal(ingest.ready(), true);

    const mails = Array.from({ length: 200 }, (_, i) => testMail(i));
    await Promise.all([
      appendMany(env.account, "INBOX", mails.slice(0, 100)),
      appendMany(env.account, "INBOX", mails.slice(100)),
    ]);
    await waitUntil(async () => (await env.streamCount()) >= 200, 40_000, "200 mails in the stream");
    // Give a late duplicate the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const events = await env.ingested();
    assert.equal(events.length, 200);
    assert.equal(new Set(events.map((e) => e.meta?.mailId)).size, 200);
    assert.deepEqual(
      new Set(events.map((e) => e.subject)),
      new Set(mails.map((_, i) => `Anfrage Nummer ${i}`)),
    );
    const first = events.find((e) => e.subject === "Anfrage Nummer 7");
    assert.equal(first?.meta?.ref?.messageId, "mail-7@example.org");
    assert.equal(first?.meta?.ref?.folder, "INBOX");
    assert.equal(first?.from?.address, "kunde7@example.org");

    await withImap(env.account, async (client) => {
      await client.mailboxOpen("INBOX", { readOnly: true });
      let seen = 0;
      let total = 0;
      for await (const message of client.fetch("1:*", { flags: true })) {
        total++;
        if (message.flags?.has("\\Seen")) seen++;
      }
      assert.equal(total, 200, "ingest deletes nothing");
      assert.equal(seen, 0, "ingest sets no \\Seen flag");
    });
    const logs = env.logLines.join("\n");
    assert.ok(
      !logs.includes("kunde7@example.org") && !logs.includes("Anfrage Nummer"),
      "logs carry no mail content",
    );
  });

  it("reads every configured folder, each with its own checkpoint", async () => {
    await ingest?.stop();
    const before = await env.streamCount();
    // The first folder is watched with IDLE; the others are looked at every pollIntervalMs.
    ingest = await startIngestService(
      env.context(env.config({ folders: ["INBOX", "Junk"], pollIntervalMs: 1_000 })),
    );
    await waitUntil(() => ingest?.states()["support"] === "idle", 10_000, "idle");
    await env.dovecot.append(env.account.user, "Junk", testMail(1_000));
    await env.dovecot.append(env.account.user, "INBOX", testMail(1_001));
    await waitUntil(async () => (await env.streamCount()) === before + 2, 10_000, "a mail from each folder");
    const folders = (await env.ingested()).slice(before).map((e) => `${e.meta?.ref?.folder}:${e.subject}`);
    assert.deepEqual(folders.sort(), ["INBOX:Anfrage Nummer 1001", "Junk:Anfrage Nummer 1000"]);
  });
});

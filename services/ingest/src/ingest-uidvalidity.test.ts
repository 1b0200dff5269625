import assert from "node:assert/strict";
import { after, afterEach, before, describe, it } from "node:test";
import { CheckpointStore } from "./checkpoints.js";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

describe("a UIDVALIDITY change", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  let ingest: IngestService | undefined;

  before(async () => {
    env = await startIngestTestEnv();
  });
  afterEach(async () => {
    await ingest?.stop();
    ingest = undefined;
  });
  after(async () => {
    await env?.close();
  });

  async function distinctSubjects(): Promise<number> {
    return new Set((await env.ingested()).map((e) => e.subject)).size;
  }

  it("while ingest is stopped: the folder is read again without a single duplicate", async () => {
    await appendMany(
      env.account,
      "INBOX",
      Array.from({ length: 10 }, (_, i) => testMail(i)),
    );
    const config = env.config();
    ingest = await startIngestService(env.context(config));
    await waitUntil(async () => (await env.streamCount()) === 10, 15_000, "first 10 mails");
    await ingest.stop();
    ingest = undefined;

    const oldValidity = await env.dovecot.uidValidity(env.account.user, "INBOX");
    const newValidity = await env.dovecot.resetUidValidity(env.account.user, "INBOX");
    assert.notEqual(newValidity, oldValidity);
    await appendMany(env.account, "INBOX", [testMail(100), testMail(101), testMail(102)]);

    ingest = await startIngestService(env.context(config));
    await waitUntil(async () => (await env.streamCount()) >= 13, 15_000, "the 3 new mails");
    await waitUntil(() => ingest?.states()["support"] === "idle", 5_000, "idle after the resync");
    // Mail ids change with UIDVALIDITY, so the stream's Nats-Msg-Id dedupe cannot hide a duplicate here.
    assert.equal(await env.streamCount(), 13);
    assert.equal(await distinctSubjects(), 13);
    const newest = (await env.ingested()).filter((e) => e.meta?.ref?.uidValidity === newValidity);
    assert.deepEqual(newest.map((e) => e.subject).sort(), [
      "Anfrage Nummer 100",
      "Anfrage Nummer 101",
      "Anfrage Nummer 102",
    ]);

    const checkpoints = await CheckpointStore.open(env.bus);
    const checkpoint = await checkpoints.load("support", "INBOX");
    assert.equal(checkpoint?.uidValidity, newValidity);
    assert.equal(checkpoint?.lastUid, 13);
  });

  it("while ingest is running: it notices on the next look and still makes no duplicate", async () => {
    const before = await env.streamCount();
    const config = env.config({ idleRestartMs: 1_500 });
    ingest = await startIngestService(env.context(config));
    await waitUntil(() => ingest?.states()["support"] === "idle", 10_000, "idle");
    const newValidity = await env.dovecot.resetUidValidity(env.account.user, "INBOX");
    await env.dovecot.append(env.account.user, "INBOX", testMail(200));
    await waitUntil(async () => (await env.streamCount()) >= before + 1, 20_000, "the mail after the reset");
    await waitUntil(
      async () => {
        const checkpoint = await (await CheckpointStore.open(env.bus)).load("support", "INBOX");
        return checkpoint?.uidValidity === newValidity && ingest?.states()["support"] === "idle";
      },
      10_000,
      "checkpoint on the new UIDVALIDITY",
    );
    assert.equal(await env.streamCount(), before + 1);
    assert.equal(await distinctSubjects(), before + 1);
  });
});

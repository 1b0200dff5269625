import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { DeadLetters, mailIdFor } from "@poststelle/contracts";
import { CheckpointStore } from "./checkpoints.js";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

const FIXTURES = new URL("../../../test/fixtures/mail/", import.meta.url);

describe("mail that cannot be ingested", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  let ingest: IngestService | undefined;

  before(async () => {
    env = await startIngestTestEnv();
  });
  after(async () => {
    await ingest?.stop();
    await env?.close();
  });

  it("is dead-lettered with its reason, and the mailbox moves on past it", async () => {
    const malformed = readFileSync(new URL("34-malformed-multipart-no-boundary.eml", FIXTURES));
    const uids = await appendMany(env.account, "INBOX", [
      testMail(1),
      testMail(2, { bodyBytes: 12_000 }),
      malformed.toString("latin1"),
      testMail(3),
    ]);
    const config = env.config({ maxMessageBytes: 4_096 });
    const validity = await env.dovecot.uidValidity(env.account.user, "INBOX");
    ingest = await startIngestService(env.context(config));
    await waitUntil(
      async () => (await env.streamCount()) === 2 && (await env.streamCount(DeadLetters.stream)) === 2,
      15_000,
      "2 mails and 2 dead letters",
    );

    assert.deepEqual((await env.ingested()).map((e) => e.subject).sort(), [
      "Anfrage Nummer 1",
      "Anfrage Nummer 3",
    ]);
    const letters = await env.deadLetters();
    const oversized = letters.find((l) => l.reasonCode === "mail.too_large");
    const broken = letters.find((l) => l.reasonCode === "mail.malformed");
    assert.ok(oversized && broken, `dead letters: ${letters.map((l) => l.reasonCode).join(",")}`);

    // The oversized mail was never downloaded: it is referenced, not copied.
    assert.equal(oversized.stage, "ingest");
    assert.equal(oversized.originalPayload.length, 0);
    assert.equal(oversized.meta?.mailId, mailIdFor("support", validity, uids[1] ?? 0));
    assert.deepEqual(oversized.meta?.ref, {
      mailbox: "support",
      folder: "INBOX",
      uidValidity: validity,
      uid: uids[1],
      messageId: "mail-2@example.org",
    });
    assert.match(oversized.reason, /^mail\.too_large: message has \d+ bytes, the limit is 4096$/);

    // The malformed one keeps its bytes, so nothing is lost.
    assert.deepEqual(Buffer.from(broken.originalPayload), malformed);
    assert.equal(broken.meta?.ref?.uid, uids[2]);
    assert.equal(broken.meta?.ref?.messageId, "nob-0034@example.org");
    for (const letter of letters) {
      assert.ok(!letter.reason.includes("example.org"), "dead-letter reasons carry no mail content");
    }

    const checkpoint = await (await CheckpointStore.open(env.bus)).load("support", "INBOX");
    assert.equal(checkpoint?.lastUid, uids[3]);

    // A restart neither publishes nor dead-letters anything again.
    await ingest.stop();
    ingest = await startIngestService(env.context(config));
    await env.dovecot.append(env.account.user, "INBOX", testMail(4));
    await waitUntil(async () => (await env.streamCount()) === 3, 15_000, "the next good mail");
    assert.equal(await env.streamCount(DeadLetters.stream), 2);
  });
});

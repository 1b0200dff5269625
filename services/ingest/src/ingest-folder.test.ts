import assert from "node:assert/strict";
import { copyFile, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { type Bus, connectBus, declarePipeline } from "@poststelle/bus";
import { type FolderMailboxConfig, parseConfig } from "@poststelle/config";
import { DeadLetter, DeadLetters, Events, MailIngested } from "@poststelle/contracts";
import { createLogger } from "@poststelle/telemetry";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { CheckpointStore } from "./checkpoints.js";
import { ingestFolderOnce } from "./folder-mailbox.js";
import { type FolderSource, syncFolder, UNREADABLE } from "./folder-sync.js";
import { IngestHealth } from "./health.js";
import { startIngestService } from "./service.js";
import { testMail, waitUntil } from "./test-env.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/mail/", import.meta.url));
const PICKED = [
  "01-plain-de.eml",
  "02-plain-en.eml",
  "12-no-message-id.eml",
  "24-huge-attachment.eml",
  "26-out-of-office-de.eml",
  "33-malformed-not-a-mail.eml",
];

describe("a folder of .eml files as a mailbox", { timeout: 60_000 }, () => {
  let nats: NatsServer;
  let bus: Bus;
  let dir: string;
  const logger = createLogger({ name: "ingest-folder-test", level: "silent" });

  const mailbox = (): FolderMailboxConfig => ({
    id: "archive",
    kind: "folder",
    address: "archive@example.com",
    path: dir,
    maxMessageBytes: 256 * 1024,
  });
  const count = async (stream: string) => (await bus.jsm.streams.info(stream)).state.messages;
  const read = async <T>(stream: string, decode: (data: Uint8Array) => T): Promise<T[]> => {
    const info = await bus.jsm.streams.info(stream);
    const out: T[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const message = await bus.jsm.streams.getMessage(stream, { seq });
      if (message) out.push(decode(message.data));
    }
    return out;
  };

  before(async () => {
    nats = await startNats();
    bus = await connectBus({ servers: nats.url, name: "ingest-folder-test" });
    await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 120_000 });
    dir = await mkdtemp(join(tmpdir(), "poststelle-folder-"));
    for (const name of PICKED) await copyFile(join(FIXTURES, name), join(dir, name));
    await writeFile(join(dir, "README.txt"), "not a mail: ignored");
  });
  after(async () => {
    await bus?.close(1_000);
    await nats?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads every file once in name order, dead-letters what cannot be ingested, and remembers where it was", async () => {
    const deps = {
      bus,
      checkpoints: await CheckpointStore.open(bus),
      logger,
      health: new IngestHealth(["archive"]),
    };
    const first = await ingestFolderOnce(mailbox(), deps);
    assert.deepEqual(
      { published: first.published, deadLettered: first.deadLettered, lastUid: first.lastUid },
      { published: 4, deadLettered: 2, lastUid: 6 },
    );
    const events = await read(Events.ingested.stream, (data) => MailIngested.decode(data));
    assert.deepEqual(
      events.map((e) => e.meta?.ref?.uid),
      [1, 2, 3, 5],
    );
    assert.equal(events[0]?.subject, "Frage zu meiner Bestellung");
    assert.equal(events[0]?.meta?.ref?.folder, dir);
    const letters = await read(DeadLetters.stream, (data) => DeadLetter.decode(data));
    assert.deepEqual(
      letters.map((l) => [l.meta?.ref?.uid, l.reasonCode, l.originalPayload.length > 0]),
      [
        [4, "mail.too_large", false],
        [6, "mail.malformed", true],
      ],
    );

    const again = await ingestFolderOnce(mailbox(), deps);
    assert.deepEqual([again.published, again.deadLettered, again.skipped], [0, 0, 0]);
    assert.equal(await count(Events.ingested.stream), 4);
  });

  it("watches for new files, and renumbering (a file inserted before the others) makes no duplicate", async () => {
    const config = parseConfig(
      `nats: { servers: ["${nats.url}"] }
mailboxes: [{ id: archive, kind: folder, address: archive@example.com, path: "${dir}" }]
departments: [{ id: triage, name: Triage, description: all }]
triage: { department: triage }`,
      { file: "/tmp/folder-test.yaml", env: {} },
    );
    config.mailboxes = [mailbox()];
    // A long rescan period: only the file system watch can make the next file show up in time.
    const ingest = await startIngestService({ config, bus, logger }, { folderRescanMs: 60_000 });
    try {
      await waitUntil(() => ingest.states()["archive"] === "idle", 10_000, "folder idle");
      await writeFile(join(dir, "99-new.eml"), testMail(99));
      await waitUntil(async () => (await count(Events.ingested.stream)) === 5, 10_000, "the new file");

      await writeFile(join(dir, "00-early.eml"), testMail(0));
      await waitUntil(async () => (await count(Events.ingested.stream)) === 6, 10_000, "the early file");
      await unlink(join(dir, "02-plain-en.eml"));
      await writeFile(join(dir, "98-late.eml"), testMail(98));
      await waitUntil(async () => (await count(Events.ingested.stream)) === 7, 10_000, "the late file");
      await waitUntil(() => ingest.states()["archive"] === "idle", 10_000, "folder idle again");

      const events = await read(Events.ingested.stream, (data) => MailIngested.decode(data));
      const subjects = events.map((e) => e.subject);
      assert.equal(new Set(subjects).size, 7, `subjects: ${subjects.join(" | ")}`);
      assert.ok(subjects.includes("Anfrage Nummer 0") && subjects.includes("Anfrage Nummer 98"));
      assert.equal(await count(DeadLetters.stream), 2, "dead letters are not repeated either");
    } finally {
      await ingest.stop();
    }
  });

  it("dead-letters a message the source will not return, by reference, and moves on", async () => {
    const checkpoints = await CheckpointStore.open(bus);
    const lettersBefore = await count(DeadLetters.stream);
    const mailsBefore = await count(Events.ingested.stream);
    const source: FolderSource = {
      mailbox: "withheld",
      folder: "INBOX",
      uidValidity: 77,
      list: async () => [1, 2, 3].map((uid) => ({ uid, sizeBytes: 100 })),
      fetch: async (uids) =>
        new Map(uids.map((uid) => [uid, uid === 2 ? UNREADABLE : Buffer.from(testMail(300 + uid))])),
      fetchHeaders: async () => new Map(),
    };
    const result = await syncFolder(source, { bus, checkpoints, logger, maxMessageBytes: 1024 * 1024 });
    assert.deepEqual([result.published, result.deadLettered, result.lastUid], [2, 1, 3]);
    assert.equal(await count(Events.ingested.stream), mailsBefore + 2);
    const letters = await read(DeadLetters.stream, (data) => DeadLetter.decode(data));
    const letter = letters[lettersBefore];
    assert.equal(letter?.reasonCode, "mail.unreadable");
    assert.equal(letter?.originalPayload.length, 0);
    assert.deepEqual(letter?.meta?.ref, {
      mailbox: "withheld",
      folder: "INBOX",
      uidValidity: 77,
      uid: 2,
      messageId: "",
    });
    assert.deepEqual(await checkpoints.load("withheld", "INBOX"), { uidValidity: 77, lastUid: 3 });
  });
});

import assert from "node:assert/strict";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events } from "@poststelle/contracts";
import { simpleParser } from "mailparser";
import { type CustomerMail, classification, draftedEvent, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, startDeliveryHarness } from "./test-harness.js";

/* The demo's way of delivering: a folder of .eml files in, draft files out, the originals untouched. */

let h: DeliveryHarness;

const mail: CustomerMail = {
  name: "Max Müller",
  address: "max.mueller@kunde.example",
  messageId: "sample-1@kunde.example",
  subject: "Bestellung BST-20481736",
  body: "Wo ist meine Bestellung BST-20481736?\n\nGruß\nMax Müller",
};

before(async () => {
  h = await startDeliveryHarness({
    yaml: (e) => `
nats: { servers: ["${e.natsUrl}"] }
mailboxes:
  - { id: demo, kind: folder, address: service@example.com, path: mailbox, outputPath: out/drafts }
departments:
  - { id: orders, name: Bestellungen, description: Orders., action: { moveTo: Bestellungen, forwardTo: o@example.com } }
  - { id: triage, name: Triage, description: Unclear. }
triage: { department: triage }
privacy:
  grpc: { host: 127.0.0.1, port: ${e.grpcPort} }
  patterns: [{ type: ORDER_NUMBER, name: order, regex: "\\\\bBST-?\\\\d{6,10}\\\\b" }]
vault: { key: { env: KEY } }
`,
  });
  await mkdir(join(h.dir, "mailbox"));
  await writeFile(join(h.dir, "mailbox", "001.eml"), rawMail(mail));
});
after(async () => h?.stop());

async function waitForFile(path: string, newerThanMs = 0): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const modifiedMs = await stat(path).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (modifiedMs > newerThanMs) return readFile(path, "utf8");
    if (Date.now() > deadline) throw new Error("no (new) draft file appeared");
    await sleep(50);
  }
}

test("a folder mailbox gets <outputPath>/<department>/<mailId>.eml, restored, and its original stays", async () => {
  const { bus, privacy, dir } = h;
  const ref = { mailbox: "demo", folder: join(dir, "mailbox"), uidValidity: 1, uid: 1 };
  const drafted = await draftedEvent(privacy, mail, ref, classification("orders", "order_status"), {
    subject: "Re: Bestellung BST-20481736",
    body: "Guten Tag Max Müller,\n\nIhre Bestellung BST-20481736 ist unterwegs.\n\nMit freundlichen Grüßen\n",
    source: DraftSource.DRAFT_SOURCE_TEMPLATE,
  });
  assert.doesNotMatch(drafted.bodyText, /Müller|BST-/, "the event carries placeholders only");
  await publishEvent(bus, Events.drafted, drafted);

  const outDir = join(dir, "out", "drafts", "orders");
  const path = join(outDir, `${drafted.meta!.mailId}.eml`);
  const parsed = await simpleParser(await waitForFile(path));
  assert.equal(parsed.subject, "Re: Bestellung BST-20481736");
  assert.match(parsed.text ?? "", /Guten Tag Max Müller,/);
  assert.match(parsed.text ?? "", /Ihre Bestellung BST-20481736 ist unterwegs/);
  assert.equal(parsed.inReplyTo, `<${mail.messageId}>`);
  assert.equal(parsed.headers.get("x-unsent"), "1");
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  assert.equal(to?.value[0]?.address, mail.address);

  // A redelivery (with the records gone, as after losing the bucket) overwrites the same file.
  await bus.jsm.streams.purge("KV_unmask_deliveries");
  await publishEvent(bus, Events.drafted, drafted, { msgId: "again" });
  await waitForFile(path, (await stat(path)).mtimeMs);
  await h.unmaskIdle();
  assert.deepEqual(await readdir(outDir), [`${drafted.meta!.mailId}.eml`]);
  assert.deepEqual(await readdir(join(dir, "mailbox")), ["001.eml"]);
  assert.equal(await readFile(join(dir, "mailbox", "001.eml"), "utf8"), rawMail(mail));
});

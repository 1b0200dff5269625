import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events } from "@poststelle/contracts";
import { classification, draftedEvent, invoiceMail, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents } from "./test-probes.js";

/*
 * A server without MOVE (RFC 6851): imapflow moves with COPY, then \Deleted and UID EXPUNGE. A
 * crash between the two leaves the original in place and its copy in the department folder.
 */

let h: DeliveryHarness;
const DEPARTMENT_FOLDER = "Abteilungen/Buchhaltung";

before(async () => {
  h = await startDeliveryHarness({
    imapUser: { user: "desk", password: "desk-secret" },
    withoutCapabilities: ["MOVE"],
    env: { PASSWORD: "desk-secret" },
    yaml: (e) =>
      oneMailboxYaml(e, {
        user: "desk",
        departments: [
          `{ id: billing, name: Buchhaltung, description: Money., action: { moveTo: ${DEPARTMENT_FOLDER} } }`,
        ],
      }),
  });
});
after(async () => h?.stop());

/** Appends mail n to the INBOX and publishes its mail.drafted (routing only, no draft). */
async function route(n: number): Promise<void> {
  const { dovecot, bus, privacy } = h;
  const mail = invoiceMail("no-move", n);
  const uid = await dovecot!.append("desk", "INBOX", rawMail(mail));
  const uidValidity = await dovecot!.uidValidity("desk", "INBOX");
  const event = await draftedEvent(
    privacy,
    mail,
    { mailbox: "desk", folder: "INBOX", uidValidity, uid },
    classification("billing", "invoice"),
    { subject: "", body: "", source: DraftSource.DRAFT_SOURCE_NONE },
  );
  await publishEvent(bus, Events.drafted, event);
}

const messageIds = async (folder: string) =>
  (await folderContents(h.dovecot!.account("desk"), folder)).map((m) => m.parsed.messageId);

test("the original is moved, and a mail a person marked deleted stays where it is", async () => {
  const marked = invoiceMail("no-move", 0);
  await h.dovecot!.append("desk", "INBOX", rawMail(marked), ["\\Deleted"]);
  await route(1);
  await h.unmaskIdle();
  assert.deepEqual(await messageIds(DEPARTMENT_FOLDER), ["<no-move-1@kunde.example>"]);
  assert.deepEqual(
    await messageIds("INBOX"),
    ["<no-move-0@kunde.example>"],
    "only the routed mail was expunged",
  );
});

test("a COPY that went through before a crash is not made a second time", async () => {
  // What an emulated MOVE cut off after its COPY leaves behind: the copy, and the original.
  await h.dovecot!.append("desk", DEPARTMENT_FOLDER, rawMail(invoiceMail("no-move", 2)));
  await route(2);
  await h.unmaskIdle();
  assert.deepEqual(await messageIds(DEPARTMENT_FOLDER), [
    "<no-move-1@kunde.example>",
    "<no-move-2@kunde.example>",
  ]);
  assert.deepEqual(await messageIds("INBOX"), ["<no-move-0@kunde.example>"]);
});

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events } from "@poststelle/contracts";
import { classification, draftedEvent, invoiceMail, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents } from "./test-probes.js";

/*
 * A server with neither MOVE nor UIDPLUS can only expunge every \Deleted message of a folder at
 * once, the ones a person marked too. Poststelle copies the original and marks it \Deleted, and
 * leaves the expunge to the people who use the mailbox.
 */

let h: DeliveryHarness;
const DEPARTMENT_FOLDER = "Abteilungen/Buchhaltung";

before(async () => {
  h = await startDeliveryHarness({
    imapUser: { user: "old", password: "old-secret" },
    withoutCapabilities: ["MOVE", "UIDPLUS"],
    env: { PASSWORD: "old-secret" },
    yaml: (e) =>
      oneMailboxYaml(e, {
        user: "old",
        departments: [
          `{ id: billing, name: Buchhaltung, description: Money., action: { moveTo: ${DEPARTMENT_FOLDER} } }`,
        ],
      }),
  });
});
after(async () => h?.stop());

test("the original is copied and marked deleted; nothing a person marked is expunged", async () => {
  const { dovecot, bus, privacy } = h;
  const marked = invoiceMail("old-server", 0);
  await dovecot!.append("old", "INBOX", rawMail(marked), ["\\Deleted"]);
  const mail = invoiceMail("old-server", 1);
  const uid = await dovecot!.append("old", "INBOX", rawMail(mail));
  const uidValidity = await dovecot!.uidValidity("old", "INBOX");
  const event = await draftedEvent(
    privacy,
    mail,
    { mailbox: "old", folder: "INBOX", uidValidity, uid },
    classification("billing", "invoice"),
    { subject: "", body: "", source: DraftSource.DRAFT_SOURCE_NONE },
  );
  await publishEvent(bus, Events.drafted, event);
  await h.unmaskIdle();

  const department = await folderContents(dovecot!.account("old"), DEPARTMENT_FOLDER);
  assert.deepEqual(
    department.map((m) => m.parsed.messageId),
    ["<old-server-1@kunde.example>"],
  );
  const inbox = await folderContents(dovecot!.account("old"), "INBOX");
  assert.deepEqual(
    inbox.map((m) => [m.parsed.messageId, m.flags.has("\\Deleted")]),
    [
      ["<old-server-0@kunde.example>", true],
      ["<old-server-1@kunde.example>", true],
    ],
    "both stay until a person expunges; the routed one is marked deleted",
  );

  await publishEvent(bus, Events.drafted, event, { msgId: `again-${event.meta!.mailId}` });
  await h.unmaskIdle();
  assert.equal(
    (await folderContents(dovecot!.account("old"), DEPARTMENT_FOLDER)).length,
    1,
    "a redelivery copies nothing again",
  );
});

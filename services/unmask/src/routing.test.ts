import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events, MailDelivered } from "@poststelle/contracts";
import {
  type CustomerMail,
  classification,
  draftedEvent,
  invoiceMail,
  rawMail,
} from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents, streamMessages } from "./test-probes.js";

/* Routing the original by UID, when the mailbox has changed under the event's feet. */

let h: DeliveryHarness;

before(async () => {
  h = await startDeliveryHarness({
    imapUser: { user: "desk", password: "desk-secret" },
    env: { PASSWORD: "desk-secret" },
    yaml: (e) =>
      oneMailboxYaml(e, {
        user: "desk",
        departments: [
          "{ id: billing, name: Buchhaltung, description: Money., action: { moveTo: Abteilungen/Buchhaltung/Eingang } }",
        ],
      }),
  });
});
after(async () => h?.stop());

const mail = (n: number): CustomerMail => invoiceMail("routing", n);

test("after a UIDVALIDITY change the original is found by Message-ID; a vanished one counts as moved", async () => {
  const { dovecot, bus, privacy } = h;
  const account = dovecot!.account("desk");
  const staleValidity = await dovecot!.uidValidity("desk", "INBOX");
  const renumbered = await dovecot!.append("desk", "INBOX", rawMail(mail(1)));
  const vanished = await dovecot!.append("desk", "INBOX", rawMail(mail(2)));
  await dovecot!.resetUidValidity("desk", "INBOX");

  const c = classification("billing", "invoice");
  const reply = {
    subject: "Re: Rechnung",
    body: "Guten Tag,\n\ndanke.\n",
    source: DraftSource.DRAFT_SOURCE_NONE,
  };
  const ref = (uid: number) => ({ mailbox: "desk", folder: "INBOX", uidValidity: staleValidity, uid });
  const first = await draftedEvent(privacy, mail(1), ref(renumbered), c, reply);
  // The second mail's Message-ID is nowhere in the mailbox: it was deleted by a person.
  const second = await draftedEvent(
    privacy,
    { ...mail(2), messageId: "deleted@kunde.example" },
    ref(vanished),
    c,
    reply,
  );
  await publishEvent(bus, Events.drafted, first);
  await publishEvent(bus, Events.drafted, second);
  await h.unmaskIdle();

  const moved = await folderContents(account, "Abteilungen/Buchhaltung/Eingang");
  assert.deepEqual(
    moved.map((m) => m.parsed.messageId),
    ["<routing-1@kunde.example>"],
  );
  const inbox = await folderContents(account, "INBOX");
  assert.deepEqual(
    inbox.map((m) => m.parsed.messageId),
    ["<routing-2@kunde.example>"],
    "a UID from the old UIDVALIDITY never moves another mail",
  );
  assert.equal((await folderContents(account, "Drafts")).length, 0, "source NONE: no draft");

  const delivered = await streamMessages(bus, Events.delivered.stream, (d) => MailDelivered.decode(d));
  const byMail = new Map(delivered.map((d) => [d.meta?.mailId, d]));
  assert.equal(byMail.get(first.meta!.mailId)?.movedTo, "Abteilungen/Buchhaltung/Eingang");
  assert.equal(byMail.get(second.meta!.mailId)?.movedTo, "", "nothing was moved for the vanished mail");
  assert.equal(byMail.size, 2, "both events were settled, neither dead-lettered");
});

test("after the server drops the connection, the next delivery opens a new one", async () => {
  const { dovecot, bus, privacy } = h;
  const account = dovecot!.account("desk");
  await dovecot!.kick("desk");
  const uid = await dovecot!.append("desk", "INBOX", rawMail(mail(3)));
  const validity = await dovecot!.uidValidity("desk", "INBOX");
  const event = await draftedEvent(
    privacy,
    mail(3),
    { mailbox: "desk", folder: "INBOX", uidValidity: validity, uid },
    classification("billing", "invoice"),
    { subject: "", body: "", source: DraftSource.DRAFT_SOURCE_NONE },
  );
  await publishEvent(bus, Events.drafted, event);
  await h.unmaskIdle();
  const moved = await folderContents(account, "Abteilungen/Buchhaltung/Eingang");
  assert.ok(moved.some((m) => m.parsed.messageId === "<routing-3@kunde.example>"));
  assert.deepEqual(
    h.warnings.filter((line) => line.includes("delivery failed")),
    [],
    "the closed session was replaced before use, not found broken by a failing delivery",
  );
});

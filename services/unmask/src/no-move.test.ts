import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events, type MailDrafted } from "@poststelle/contracts";
import { classification, draftedEvent, invoiceMail, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents } from "./test-probes.js";

/*
 * A server without MOVE (RFC 6851): imapflow moves with COPY, then \Deleted and UID EXPUNGE. A
 * crash between the two leaves the original in place and its copy in the department folder.
 * Without UIDPLUS too, only a plain EXPUNGE is left, which would take every message a person
 * marked \Deleted with it: Poststelle copies the original, marks it \Deleted and expunges nothing.
 */

const DEPARTMENT_FOLDER = "Abteilungen/Buchhaltung";

/** A mailbox routed to billing, on a Dovecot that does not announce `withoutCapabilities`. */
function routingHarness(user: string, withoutCapabilities: string[]): () => DeliveryHarness {
  let h: DeliveryHarness | undefined;
  before(async () => {
    h = await startDeliveryHarness({
      imapUser: { user, password: `${user}-secret` },
      withoutCapabilities,
      env: { PASSWORD: `${user}-secret` },
      yaml: (e) =>
        oneMailboxYaml(e, {
          user,
          departments: [
            `{ id: billing, name: Buchhaltung, description: Money., action: { moveTo: ${DEPARTMENT_FOLDER} } }`,
          ],
        }),
    });
  });
  after(async () => h?.stop());
  return () => h!;
}

/** Appends mail n to the INBOX and publishes its mail.drafted (routing only, no draft). */
async function route(h: DeliveryHarness, user: string, name: string, n: number): Promise<MailDrafted> {
  const { dovecot, bus, privacy } = h;
  const mail = invoiceMail(name, n);
  const uid = await dovecot!.append(user, "INBOX", rawMail(mail));
  const uidValidity = await dovecot!.uidValidity(user, "INBOX");
  const event = await draftedEvent(
    privacy,
    mail,
    { mailbox: user, folder: "INBOX", uidValidity, uid },
    classification("billing", "invoice"),
    { subject: "", body: "", source: DraftSource.DRAFT_SOURCE_NONE },
  );
  await publishEvent(bus, Events.drafted, event);
  return event;
}

async function messageIds(h: DeliveryHarness, user: string, folder: string) {
  return (await folderContents(h.dovecot!.account(user), folder)).map((m) => m.parsed.messageId);
}

describe("a server without MOVE", () => {
  const harness = routingHarness("desk", ["MOVE"]);

  test("the original is moved, and a mail a person marked deleted stays where it is", async () => {
    const h = harness();
    await h.dovecot!.append("desk", "INBOX", rawMail(invoiceMail("no-move", 0)), ["\\Deleted"]);
    await route(h, "desk", "no-move", 1);
    await h.unmaskIdle();
    assert.deepEqual(await messageIds(h, "desk", DEPARTMENT_FOLDER), ["<no-move-1@kunde.example>"]);
    assert.deepEqual(
      await messageIds(h, "desk", "INBOX"),
      ["<no-move-0@kunde.example>"],
      "only the routed mail was expunged",
    );
  });

  test("a COPY that went through before a crash is not made a second time", async () => {
    const h = harness();
    // What an emulated MOVE cut off after its COPY leaves behind: the copy, and the original.
    await h.dovecot!.append("desk", DEPARTMENT_FOLDER, rawMail(invoiceMail("no-move", 2)));
    await route(h, "desk", "no-move", 2);
    await h.unmaskIdle();
    assert.deepEqual(await messageIds(h, "desk", DEPARTMENT_FOLDER), [
      "<no-move-1@kunde.example>",
      "<no-move-2@kunde.example>",
    ]);
    assert.deepEqual(await messageIds(h, "desk", "INBOX"), ["<no-move-0@kunde.example>"]);
  });
});

describe("a server without MOVE and UIDPLUS", () => {
  const harness = routingHarness("old", ["MOVE", "UIDPLUS"]);

  test("the original is copied and marked deleted; nothing a person marked is expunged", async () => {
    const h = harness();
    await h.dovecot!.append("old", "INBOX", rawMail(invoiceMail("old-server", 0)), ["\\Deleted"]);
    const event = await route(h, "old", "old-server", 1);
    await h.unmaskIdle();

    assert.deepEqual(await messageIds(h, "old", DEPARTMENT_FOLDER), ["<old-server-1@kunde.example>"]);
    const inbox = await folderContents(h.dovecot!.account("old"), "INBOX");
    assert.deepEqual(
      inbox.map((m) => [m.parsed.messageId, m.flags.has("\\Deleted")]),
      [
        ["<old-server-0@kunde.example>", true],
        ["<old-server-1@kunde.example>", true],
      ],
      "both stay until a person expunges; the routed one is marked deleted",
    );

    await publishEvent(h.bus, Events.drafted, event, { msgId: `again-${event.meta!.mailId}` });
    await h.unmaskIdle();
    assert.equal(
      (await messageIds(h, "old", DEPARTMENT_FOLDER)).length,
      1,
      "a redelivery copies nothing again",
    );
  });
});

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, test } from "node:test";
import { declareBucket, publishEvent } from "@poststelle/bus";
import { Buckets, type Classification, DraftSource, Events, type MailDrafted } from "@poststelle/contracts";
import {
  composeForward,
  composeReply,
  type DeliveryRecord,
  decodeRecord,
  deliveryKey,
  encodeRecord,
  forwardMessageId,
} from "@poststelle/delivery";
import { simpleParser } from "mailparser";
import { type CustomerMail, classification, draftedEvent, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents } from "./test-probes.js";

/*
 * Sends: auto-replies only for the chosen intent above the confidence, at most once per recipient
 * and hour; and what becomes of an auto-reply or forward that a crashed attempt claimed.
 */

let h: DeliveryHarness;
const BILLING = "buchhaltung@shop.example";

const customer = (n: number, subject: string): CustomerMail => ({
  name: "Max Müller",
  address: "max.mueller@kunde.example",
  messageId: `auto-${n}@kunde.example`,
  subject,
  body: `${subject}?\n\nGruß\nMax Müller`,
});

before(async () => {
  h = await startDeliveryHarness({
    imapUser: { user: "shop", password: "shop-secret" },
    smtp: true,
    env: { PASSWORD: "shop-secret" },
    yaml: (e) =>
      oneMailboxYaml(e, {
        user: "shop",
        departments: [
          "{ id: orders, name: Bestellungen, description: Orders. }",
          `{ id: billing, name: Buchhaltung, description: Money., action: { forwardTo: ${BILLING} } }`,
        ],
        extra:
          "delivery:\n  autoSend: { enabled: true, intents: [order_received], minConfidence: 0.8, perRecipientPerHour: 1 }\n",
      }),
  });
});
after(async () => h?.stop());

/**
 * Appends the mails and makes their mail.drafted events, and for each writes what an attempt
 * leaves when it dies between claiming a send and recording it: a pending claim.
 */
async function claimedBeforeCrash(
  mails: CustomerMail[],
  routed: Classification,
  claim: Pick<DeliveryRecord, "action" | "forwardedTo">,
): Promise<{ events: MailDrafted[]; records: Awaited<ReturnType<typeof declareBucket>> }> {
  const { dovecot, bus, privacy } = h;
  const uidValidity = await dovecot!.uidValidity("shop", "INBOX");
  const records = await declareBucket(bus, { name: Buckets.deliveries, ttlMs: 3_600_000 });
  const events: MailDrafted[] = [];
  for (const mail of mails) {
    const uid = await dovecot!.append("shop", "INBOX", rawMail(mail));
    const event = await draftedEvent(
      privacy,
      mail,
      { mailbox: "shop", folder: "INBOX", uidValidity, uid },
      routed,
      {
        subject: `Re: ${mail.subject}`,
        body: "Guten Tag,\n\ndanke.\n",
        source: DraftSource.DRAFT_SOURCE_TEMPLATE,
      },
    );
    const pending: DeliveryRecord = { ...claim, state: "pending", at: new Date().toISOString() };
    await records.put(deliveryKey(event.meta!.mailId, claim.action), encodeRecord(pending));
    events.push(event);
  }
  return { events, records };
}

async function inReplyToIn(folder: string): Promise<string[]> {
  const messages = await folderContents(h.dovecot!.account("shop"), folder);
  return messages.map((m) => m.parsed.inReplyTo ?? "").sort();
}

test("one auto-reply per recipient and hour, only for the chosen intent and confidence; the rest are drafts", async () => {
  const { dovecot, smtp, bus, privacy } = h;
  const uidValidity = await dovecot!.uidValidity("shop", "INBOX");
  const mails = [
    customer(1, "Bestellung erhalten"),
    customer(2, "Noch eine Bestellung"),
    customer(3, "Frage"),
  ];
  const events: MailDrafted[] = [];
  for (const [i, mail] of mails.entries()) {
    const uid = await dovecot!.append("shop", "INBOX", rawMail(mail));
    const c = classification("orders", "order_received", i === 2 ? 0.5 : 0.9);
    events.push(
      await draftedEvent(privacy, mail, { mailbox: "shop", folder: "INBOX", uidValidity, uid }, c, {
        subject: `Re: ${mail.subject}`,
        body: "Guten Tag Max Müller,\n\nwir haben Ihre Nachricht erhalten.\n\nMit freundlichen Grüßen\n",
        source: DraftSource.DRAFT_SOURCE_TEMPLATE,
      }),
    );
  }
  for (const event of events) await publishEvent(bus, Events.drafted, event);
  await h.unmaskIdle();

  assert.equal(
    smtp!.messages.length,
    1,
    "the second reply to the same customer within the hour waits as a draft",
  );
  const sent = smtp!.messages[0]!;
  assert.deepEqual(sent.to, ["max.mueller@kunde.example"]);
  const parsed = await simpleParser(sent.raw);
  assert.equal(parsed.headers.get("auto-submitted"), "auto-replied");
  assert.match(parsed.text ?? "", /Guten Tag Max Müller,/);
  const sentTo = parsed.inReplyTo;
  assert.ok(sentTo === "<auto-1@kunde.example>" || sentTo === "<auto-2@kunde.example>");

  const expectedDrafts = [
    "<auto-1@kunde.example>",
    "<auto-2@kunde.example>",
    "<auto-3@kunde.example>",
  ].filter((id) => id !== sentTo);
  assert.deepEqual(
    await inReplyToIn("Drafts"),
    expectedDrafts,
    "low confidence and rate-limited mail get drafts",
  );
  assert.deepEqual(await inReplyToIn("Sent"), [sentTo], "a copy of the auto-reply is kept in \\Sent");
  await assertCounterHidesAddress("shop", "max.mueller@kunde.example");

  for (const event of events)
    await publishEvent(bus, Events.drafted, event, { msgId: `again-${event.meta!.mailId}` });
  await h.unmaskIdle();
  assert.equal(smtp!.messages.length, 1, "a redelivery sends nothing again");
  assert.deepEqual(await inReplyToIn("Drafts"), expectedDrafts);
});

test("an auto-reply claimed by an attempt that crashed: found in \\Sent it is done, otherwise it waits as a draft", async () => {
  const { dovecot, smtp, bus } = h;
  const sentBefore = smtp!.messages.length;
  const [wentOut, unknown] = [
    { ...customer(11, "Bestellung erhalten"), address: "ines.ay@kunde.example" },
    { ...customer(12, "Bestellung erhalten"), address: "jan.berg@kunde.example" },
  ];
  const { events, records } = await claimedBeforeCrash(
    [wentOut, unknown],
    classification("orders", "order_received", 0.9),
    { action: "auto_send" },
  );
  // The first one's reply had gone out: its copy is in \Sent.
  const sentCopy = await composeReply({
    mailId: events[0]!.meta!.mailId,
    mailboxAddress: "shop@shop.example",
    to: wentOut.address,
    subject: `Re: ${wentOut.subject}`,
    bodyText: "Guten Tag,\n\ndanke.\n",
    parent: { messageId: wentOut.messageId, references: [] },
    classification: events[0]!.classification,
    source: DraftSource.DRAFT_SOURCE_TEMPLATE,
  });
  await dovecot!.append("shop", "Sent", sentCopy.raw.toString("utf8"));

  for (const event of events) await publishEvent(bus, Events.drafted, event);
  await h.unmaskIdle();

  assert.equal(smtp!.messages.length, sentBefore, "neither reply is sent (again)");
  const drafts = await inReplyToIn("Drafts");
  assert.ok(drafts.includes(`<${unknown.messageId}>`), "the reply nobody can vouch for waits as a draft");
  const flagged = (await folderContents(dovecot!.account("shop"), "Drafts"))
    .filter((m) => m.flags.has("\\Flagged"))
    .map((m) => m.parsed.inReplyTo);
  assert.deepEqual(flagged, [`<${unknown.messageId}>`], "only that draft is flagged for a second look");
  assert.ok(!drafts.includes(`<${wentOut.messageId}>`), "the reply found in \\Sent gets no draft");
  for (const [event, autoSent] of [
    [events[0]!, true],
    [events[1]!, false],
  ] as const) {
    const entry = await records.get(deliveryKey(event.meta!.mailId, "auto_send"));
    const record = decodeRecord(entry?.value);
    assert.equal(record?.state, "done");
    assert.equal(record?.drafted === true, !autoSent);
  }
});

test("a forward claimed by an attempt that crashed: found in \\Sent it is done, otherwise it is sent again", async () => {
  const { dovecot, smtp, bus } = h;
  const sentBefore = smtp!.messages.length;
  const [wentOut, unknown] = [customer(21, "Rechnung doppelt"), customer(22, "Rechnung falsch")];
  const { events, records } = await claimedBeforeCrash(
    [wentOut, unknown],
    classification("billing", "invoice_question", 0.9),
    { action: "forward", forwardedTo: BILLING },
  );
  const sentCopy = await composeForward({
    mailId: events[0]!.meta!.mailId,
    mailboxAddress: "shop@shop.example",
    to: BILLING,
    departmentName: "Buchhaltung",
    originalSubject: wentOut.subject,
    original: Buffer.from(rawMail(wentOut)),
    classification: events[0]!.classification,
  });
  await dovecot!.append("shop", "Sent", sentCopy.raw.toString("utf8"));

  for (const event of events) await publishEvent(bus, Events.drafted, event);
  await h.unmaskIdle();

  const forwards = smtp!.messages.slice(sentBefore);
  assert.equal(forwards.length, 1, "only the forward nobody can vouch for is sent again");
  assert.deepEqual(forwards[0]!.to, [BILLING]);
  const resent = await simpleParser(forwards[0]!.raw);
  const resentId = forwardMessageId(events[1]!.meta!.mailId, "shop@shop.example");
  assert.equal(resent.messageId, resentId, "sent again under the Message-ID of the first attempt");
  const sentIds = (await folderContents(dovecot!.account("shop"), "Sent")).map((m) => m.parsed.messageId);
  assert.ok(sentIds.includes(resentId), "the forward sent again leaves its copy in \\Sent");
  for (const event of events) {
    const record = decodeRecord((await records.get(deliveryKey(event.meta!.mailId, "forward")))?.value);
    assert.equal(record?.state, "done");
    assert.equal(record?.forwardedTo, BILLING);
  }

  await publishEvent(bus, Events.drafted, events[1]!, { msgId: `again-${events[1]!.meta!.mailId}` });
  await h.unmaskIdle();
  assert.equal(smtp!.messages.length, sentBefore + 1, "once recorded, a redelivery sends nothing");
});

/**
 * The one recipient's counter is there, and its key is no hash anyone could compute from a list of
 * addresses: neither the address's own hash nor that of mailbox and address appears in it.
 */
async function assertCounterHidesAddress(mailboxId: string, address: string): Promise<void> {
  const stream = `KV_${Buckets.deliveries}`;
  const info = await h.bus.jsm.streams.info(stream, { subjects_filter: ">" });
  const rateKeys = Object.keys(info.state.subjects ?? {}).filter((subject) => subject.includes(".rate."));
  assert.equal(rateKeys.length, 1, "one counter for the one recipient");
  for (const input of [address, `${mailboxId}\u0000${address}`]) {
    const sha = createHash("sha256").update(input).digest("hex");
    for (const length of [16, 32, 64]) {
      assert.ok(!rateKeys[0]!.includes(sha.slice(0, length)), "the counter's key is a keyed hash");
    }
  }
}

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DraftSource, Events, type MailDrafted } from "@poststelle/contracts";
import { simpleParser } from "mailparser";
import { type CustomerMail, classification, draftedEvent, rawMail } from "./pipeline-fixtures.js";
import { type DeliveryHarness, startDeliveryHarness } from "./test-harness.js";
import { folderContents } from "./test-probes.js";

/* Auto-send: only for the chosen intent above the confidence, at most once per recipient and hour. */

let h: DeliveryHarness;

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
    yaml: (e) => `
nats: { servers: ["${e.natsUrl}"] }
mailboxes:
  - id: shop
    kind: imap
    address: shop@shop.example
    host: ${e.imap!.host}
    port: ${e.imap!.port}
    tls: false
    user: shop
    auth: { password: { env: PASSWORD } }
    smtp: { host: ${e.smtp!.host}, port: ${e.smtp!.port}, secure: false }
departments:
  - { id: orders, name: Bestellungen, description: Orders. }
  - { id: triage, name: Triage, description: Unclear. }
triage: { department: triage }
privacy: { grpc: { host: 127.0.0.1, port: ${e.grpcPort} } }
vault: { key: { env: KEY } }
delivery:
  autoSend: { enabled: true, intents: [order_received], minConfidence: 0.8, perRecipientPerHour: 1 }
`,
  });
});
after(async () => h?.stop());

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

  for (const event of events)
    await publishEvent(bus, Events.drafted, event, { msgId: `again-${event.meta!.mailId}` });
  await h.unmaskIdle();
  assert.equal(smtp!.messages.length, 1, "a redelivery sends nothing again");
  assert.deepEqual(await inReplyToIn("Drafts"), expectedDrafts);
});

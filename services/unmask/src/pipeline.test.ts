import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Bus, connectBus, declarePipeline, publishEvent, readAuditRecord } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import {
  AutomaticKind,
  Buckets,
  DraftSource,
  Events,
  type MailClassified,
  MailDelivered,
  MailDrafted,
} from "@poststelle/contracts";
import { startDraft } from "@poststelle/draft";
import { startMask } from "@poststelle/mask";
import { connectPrivacyService, type PrivacyClient, type RunningService } from "@poststelle/runtime";
import { createLogger } from "@poststelle/telemetry";
import {
  type Dovecot,
  freePort,
  type NatsServer,
  type SmtpSink,
  startDovecot,
  startNats,
  startSmtpSink,
  startTestLlm,
  type TestLlm,
} from "@poststelle/test-support";
import { simpleParser } from "mailparser";
import { startUnmask } from "./index.js";
import {
  BILLING_FORWARD,
  type CustomerMail,
  classification,
  classifiedEvent,
  MAILBOX_ADDRESS,
  pipelineConfig,
  rawMail,
} from "./pipeline-fixtures.js";
import { draftAnswer, injectionMail, invoiceMail, newsletterMail, orderMail } from "./pipeline-mails.js";
import { type FolderMessage, folderContents, streamMessages, waitFor } from "./test-probes.js";

/*
 * The last two stages end to end, with every part real except the model: nats-server, Dovecot, an
 * SMTP sink, the mask service's PrivacyService and vault, the draft service against the test LLM.
 */

let dir: string;
let nats: NatsServer;
let dovecot: Dovecot;
let smtp: SmtpSink;
let llm: TestLlm;
let config: Config;
let bus: Bus;
let privacy: PrivacyClient;
const services: RunningService[] = [];
const logLines: string[] = [];
const imap = { user: "support", password: "support-secret" };
const classified: MailClassified[] = [];

const account = () => dovecot.account(imap.user);
const contents = (path: string) => folderContents(account(), path);
const eventsIn = <T>(stream: string, decode: (data: Uint8Array) => T) => streamMessages(bus, stream, decode);
async function pipelineIdle(): Promise<void> {
  await waitFor("draft and unmask to finish", async () => {
    for (const [stream, durable] of [
      ["MAIL_CLASSIFIED", "draft"],
      ["MAIL_DRAFTED", "unmask"],
    ] as const) {
      const info = await bus.jsm.consumers.info(stream, durable);
      if (info.num_pending > 0 || info.num_ack_pending > 0) return false;
    }
    return true;
  });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "poststelle-unmask-e2e-"));
  [nats, dovecot, smtp, llm] = await Promise.all([
    startNats(),
    startDovecot(),
    startSmtpSink(),
    startTestLlm(),
  ]);
  await dovecot.addUser(imap.user, imap.password);
  llm.answerWith(draftAnswer);
  config = pipelineConfig({
    natsUrl: nats.url,
    imap: { host: dovecot.host, port: dovecot.port, ...imap },
    smtp: { host: smtp.host, port: smtp.port },
    llmBaseUrl: llm.baseUrl,
    grpcPort: await freePort(),
    grpcToken: "grpc-test-token",
    dir,
  });
  bus = await connectBus({ servers: nats.url, name: "unmask-e2e" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  const logger = createLogger({
    name: "e2e",
    level: "debug",
    destination: { write: (line: string) => logLines.push(line) },
  });
  const context = { config, bus, logger };
  // Downstream first, as `poststelle run all` starts them.
  services.push(await startUnmask(context), await startDraft(context), await startMask(context));
  privacy = connectPrivacyService({
    address: `127.0.0.1:${config.privacy.grpc.port}`,
    token: "grpc-test-token",
  });
});

after(async () => {
  privacy?.close();
  for (const service of services) await service.stop().catch(() => {});
  await bus?.close(2_000);
  await Promise.allSettled([nats?.stop(), dovecot?.stop(), smtp?.stop(), llm?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("drafts land threaded in \\Drafts with the customer's data restored, originals are routed", async () => {
  const uidValidity = await dovecot.uidValidity(imap.user, "INBOX");
  const append = (mail: CustomerMail) => dovecot.append(imap.user, "INBOX", rawMail(mail));
  const ref = (uid: number) => ({ mailbox: "support", folder: "INBOX", uidValidity, uid });
  const uids = {
    order: await append(orderMail),
    invoice: await append(invoiceMail),
    injection: await append(injectionMail),
    newsletter: await append(newsletterMail),
  };
  classified.push(
    await classifiedEvent(privacy, orderMail, ref(uids.order), classification("orders", "order_status")),
    await classifiedEvent(
      privacy,
      invoiceMail,
      ref(uids.invoice),
      classification("billing", "double_payment"),
    ),
    await classifiedEvent(
      privacy,
      injectionMail,
      ref(uids.injection),
      classification("orders", "order_status"),
    ),
    await classifiedEvent(
      privacy,
      newsletterMail,
      ref(uids.newsletter),
      classification("general", "newsletter"),
      {
        automatic: AutomaticKind.AUTOMATIC_KIND_BULK,
        noDraft: true,
      },
    ),
  );
  const [order, , injection] = classified;
  // Preconditions on the real masker: the values the drafts must get back are masked, and the
  // placeholder the probe cites stands for a real person in the order mail's thread.
  assert.doesNotMatch(order!.mail!.bodyText, /Müller|Schulz|BST-20481736/);
  assert.match(
    injection!.mail!.bodyText,
    /\[\[PERSON_2\]\]/,
    "the probe's literal placeholder passes through",
  );
  const [cited] = (await privacy.unmask({ threadId: order!.mail!.meta!.threadId, texts: ["[[PERSON_2]]"] }))
    .texts;
  assert.ok(
    cited?.text === "Max Müller" || cited?.text === "Petra Schulz",
    "the order thread owns [[PERSON_2]]",
  );

  for (const event of classified) await publishEvent(bus, Events.classified, event);
  await waitFor("four mail.delivered events", async () => {
    return (await bus.jsm.streams.info(Events.delivered.stream)).state.messages >= 4;
  });
  await pipelineIdle();

  const drafts = await contents("Drafts");
  assert.equal(drafts.length, 3, "one draft per mail that gets one, none for the newsletter");
  const draftFor = (mail: CustomerMail) => {
    const found = drafts.filter((d) => d.parsed.inReplyTo === `<${mail.messageId}>`);
    assert.equal(found.length, 1, `exactly one draft threaded under ${mail.messageId}`);
    return found[0]!;
  };

  const orderDraft = draftFor(orderMail);
  assert.ok(orderDraft.flags.has("\\Draft"));
  assert.deepEqual(orderDraft.parsed.references, ["<order-1@kunde.example>", "<order-2@kunde.example>"]);
  assert.equal(orderDraft.parsed.subject, "Re: Wo bleibt meine Bestellung BST-20481736?");
  assert.equal(orderDraft.parsed.from?.value[0]?.address, MAILBOX_ADDRESS);
  const orderTo = Array.isArray(orderDraft.parsed.to) ? orderDraft.parsed.to[0] : orderDraft.parsed.to;
  assert.equal(orderTo?.value[0]?.address, orderMail.address);
  assert.match(orderDraft.parsed.text ?? "", /Guten Tag Max Müller,/);
  assert.match(orderDraft.parsed.text ?? "", /Ihre Bestellung BST-20481736 ist unterwegs/);
  assert.match(orderDraft.parsed.text ?? "", /Beispiel-Shop Kundenservice/);
  assert.doesNotMatch(orderDraft.parsed.text ?? "", /\[\[/);
  const h = orderDraft.parsed.headers;
  assert.equal(h.get("x-poststelle-mail-id"), order!.mail!.meta!.mailId);
  assert.equal(h.get("x-poststelle-department"), "orders");
  assert.equal(h.get("x-poststelle-confidence"), "0.90");
  assert.equal(h.get("x-poststelle-decided-by"), "llm");
  assert.equal(h.get("x-poststelle-draft-source"), "llm");
  assert.equal(orderDraft.parsed.messageId, `<poststelle-draft.${order!.mail!.meta!.mailId}@shop.example>`);

  const invoiceDraft = draftFor(invoiceMail);
  assert.equal(invoiceDraft.parsed.headers.get("x-poststelle-draft-source"), "template");
  assert.equal(invoiceDraft.parsed.headers.get("x-poststelle-fallback"), "draft.invented_pii");
  assert.doesNotMatch(invoiceDraft.parsed.text ?? "", /DE89/);
  assert.match(
    invoiceDraft.parsed.text ?? "",
    /„Rechnung RE-2024-001873 doppelt bezahlt“ liegt beim Team Buchhaltung/,
  );

  const probeDraft = draftFor(injectionMail);
  assert.match(probeDraft.parsed.text ?? "", /Guten Tag Jonas Weber,/);
  assert.match(
    probeDraft.parsed.text ?? "",
    /\[\[PERSON_2\]\] Grüße/,
    "another thread's placeholder stays unresolved",
  );
  assert.doesNotMatch(probeDraft.parsed.text ?? "", /Petra|Schulz|Müller/);

  const byMessageId = (messages: FolderMessage[]) => messages.map((m) => m.parsed.messageId).sort();
  const orders = await contents("Abteilungen/Bestellungen");
  assert.deepEqual(byMessageId(orders), [`<${orderMail.messageId}>`, `<${injectionMail.messageId}>`]);
  assert.ok(
    orders.every((m) => m.flags.has("poststelle-orders")),
    "moved originals carry the department keyword",
  );
  assert.deepEqual(byMessageId(await contents("Abteilungen/Buchhaltung")), [`<${invoiceMail.messageId}>`]);
  const inbox = await contents("INBOX");
  assert.deepEqual(byMessageId(inbox), [`<${newsletterMail.messageId}>`]);
  assert.ok(inbox[0]!.flags.has("poststelle-general"));

  assert.equal(smtp.messages.length, 1);
  const forward = smtp.messages[0]!;
  assert.deepEqual(forward.to, [BILLING_FORWARD]);
  const parsedForward = await simpleParser(forward.raw);
  assert.equal(parsedForward.headers.get("auto-submitted"), "auto-generated");
  assert.equal(parsedForward.attachments[0]?.contentType, "message/rfc822");
  assert.match(
    parsedForward.attachments[0]!.content.toString("utf8"),
    /Message-ID: <invoice-1@kunde\.example>/,
  );

  const delivered = await eventsIn(Events.delivered.stream, (d) => MailDelivered.decode(d));
  const orderDelivered = delivered.find((d) => d.meta?.mailId === order!.mail!.meta!.mailId);
  assert.equal(orderDelivered?.movedTo, "Abteilungen/Bestellungen");
  assert.equal(orderDelivered?.keyword, "poststelle-orders");
  assert.equal(orderDelivered?.draftFolder, "Drafts");
  assert.equal(orderDelivered?.draftUid, orderDraft.uid);
  const invoiceDelivered = delivered.find((d) => d.department === "billing");
  assert.equal(invoiceDelivered?.forwardedTo, BILLING_FORWARD);

  // Each mail's audit record: the routing, the draft's source and what was done, no text.
  const orderAudit = await readAuditRecord(bus, order!.mail!.meta!.mailId);
  assert.equal(orderAudit?.routing?.department, "orders");
  assert.equal(orderAudit?.draftSource, DraftSource.DRAFT_SOURCE_LLM);
  assert.equal(orderAudit?.delivered?.movedTo, "Abteilungen/Bestellungen");
  assert.equal(orderAudit?.delivered?.draftUid, orderDraft.uid);
  assert.equal(orderAudit?.delivered?.meta, undefined);
  const invoiceAudit = await readAuditRecord(bus, invoiceDelivered!.meta!.mailId);
  assert.equal(invoiceAudit?.delivered?.forwardedTo, BILLING_FORWARD);
  assert.equal(await readAuditRecord(bus, "m_never_delivered"), undefined);

  const drafted = await eventsIn(Events.drafted.stream, (d) => MailDrafted.decode(d));
  assert.equal(
    drafted.find((d) => d.classification?.department === "general")?.source,
    DraftSource.DRAFT_SOURCE_NONE,
  );
  for (const event of drafted) {
    assert.doesNotMatch(
      `${event.subject}\n${event.bodyText}`,
      /Müller|Schmidt|Weber|BST-2048|RE-2024/,
      "drafts on the bus stay masked",
    );
  }
  assert.equal(llm.requests.length, 3);
  for (const request of llm.requests) {
    assert.doesNotMatch(
      JSON.stringify(request.body),
      /Müller|Schmidt|Weber|Schulz|BST-2048|RE-2024|kunde\.example/,
    );
  }
});

test("redelivered events create no second draft, move or forward", async () => {
  const countState = async () => ({
    drafts: (await contents("Drafts")).length,
    orders: (await contents("Abteilungen/Bestellungen")).length,
    billing: (await contents("Abteilungen/Buchhaltung")).length,
    inbox: (await contents("INBOX")).length,
    forwards: smtp.messages.length,
  });
  const before = await countState();
  assert.deepEqual(before, { drafts: 3, orders: 2, billing: 1, inbox: 1, forwards: 1 });
  const drafted = await eventsIn(Events.drafted.stream, (d) => MailDrafted.decode(d));
  assert.equal(drafted.length, 4);

  // 1. Every event again, as a redelivery would bring it: the delivery records answer.
  let round = 0;
  const redeliver = async () => {
    round++;
    for (const event of classified)
      await publishEvent(bus, Events.classified, event, {
        msgId: `again-${round}-${event.mail!.meta!.mailId}`,
      });
    for (const event of drafted)
      await publishEvent(bus, Events.drafted, event, { msgId: `again-${round}-${event.meta!.mailId}` });
    await waitFor("the redelivered events to be consumed", async () => {
      const info = await bus.jsm.consumers.info("MAIL_DRAFTED", "unmask");
      return info.delivered.stream_seq >= (await bus.jsm.streams.info("MAIL_DRAFTED")).state.last_seq;
    });
    await pipelineIdle();
  };
  await redeliver();
  assert.deepEqual(await countState(), before);
  const audit = await bus.jsm.streams.info("AUDIT");
  assert.equal(audit.state.messages, drafted.length, "one audit record per mail, however often delivered");

  // 2. As if the process had died after each action but before recording it: the mailbox itself answers.
  const records = await bus.jsm.streams.info(`KV_${Buckets.deliveries}`);
  assert.ok(records.state.messages >= 8, "draft, keyword, move and forward records were written");
  await bus.jsm.streams.purge(`KV_${Buckets.deliveries}`);
  await redeliver();
  assert.deepEqual(await countState(), before);

  const failures = logLines.filter(
    (line) => line.includes('"level":"warn"') || line.includes('"level":"error"'),
  );
  assert.deepEqual(failures, [], "no delivery failed on the way");
});

test("logs carry ids and counts, never a customer's data", () => {
  assert.ok(logLines.length > 0);
  const all = logLines.join("\n");
  for (const value of [
    "Müller",
    "Schmidt",
    "Weber",
    "Schulz",
    "kunde.example",
    "BST-20481736",
    "RE-2024-001873",
  ]) {
    assert.ok(!all.includes(value), `logs must not contain ${value}`);
  }
});

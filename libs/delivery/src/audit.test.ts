import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AuditRecords,
  DecidedBy,
  DraftSource,
  type MailDelivered,
  type MailDrafted,
  Priority,
  Sentiment,
  timestampFromDate,
} from "@poststelle/contracts";
import { auditRecordOf } from "./audit.js";

const ingestedAt = new Date("2026-12-01T08:00:00Z");
const drafted: MailDrafted = {
  meta: {
    schemaVersion: 1,
    mailId: "m_audit",
    threadId: "t_audit",
    ref: {
      mailbox: "support",
      folder: "INBOX",
      uidValidity: 7,
      uid: 42,
      messageId: "max.mustermann.4711@mail.example",
    },
    occurredAt: timestampFromDate(ingestedAt),
  },
  classification: {
    department: "billing",
    intent: "invoice_copy",
    priority: Priority.PRIORITY_HIGH,
    language: "de",
    sentiment: Sentiment.SENTIMENT_NEGATIVE,
    confidence: 0.82,
    decidedBy: DecidedBy.DECIDED_BY_LLM,
    rule: "",
    model: "qwen2.5-7b-instruct",
    promptVersion: "classify-v3",
    reason: "llm: asks for a copy of an invoice",
  },
  source: DraftSource.DRAFT_SOURCE_TEMPLATE,
  subject: "Re: Rechnung [[INVOICE_NUMBER_1]]",
  bodyText: "Guten Tag [[PERSON_1]], anbei die Kopie.",
  model: "qwen2.5-7b-instruct",
  promptVersion: "draft-v2",
  fallbackReason: "check.unknown_placeholder",
  replyToPlaceholder: "[[EMAIL_1]]",
  noDraftReason: "",
};
const delivered: MailDelivered = {
  meta: drafted.meta,
  department: "billing",
  draftFolder: "Drafts",
  draftUid: 9,
  movedTo: "Abteilungen/Buchhaltung",
  keyword: "",
  forwardedTo: "buchhaltung@firma.example",
  autoSent: false,
};

test("an audit record carries the decisions and the mailbox actions", () => {
  const deliveredAt = new Date("2026-12-01T08:00:03Z");
  const record = AuditRecords.codec.decode(
    AuditRecords.codec.encode(auditRecordOf(drafted, delivered, deliveredAt)).finish(),
  );
  assert.equal(record.mailId, "m_audit");
  assert.equal(record.threadId, "t_audit");
  assert.equal(record.mailbox, "support");
  assert.deepEqual(record.ingestedAt, timestampFromDate(ingestedAt));
  assert.deepEqual(record.deliveredAt, timestampFromDate(deliveredAt));
  assert.deepEqual(record.routing, drafted.classification);
  assert.equal(record.draftSource, DraftSource.DRAFT_SOURCE_TEMPLATE);
  assert.equal(record.draftModel, "qwen2.5-7b-instruct");
  assert.equal(record.draftPromptVersion, "draft-v2");
  assert.equal(record.fallbackReason, "check.unknown_placeholder");
  assert.deepEqual(record.delivered, { ...delivered, meta: undefined });
});

test("an audit record leaves out the draft's text and the mail's Message-ID", () => {
  const json = JSON.stringify(
    AuditRecords.codec.decode(
      AuditRecords.codec.encode(auditRecordOf(drafted, delivered, new Date())).finish(),
    ),
  );
  for (const left of ["Rechnung", "anbei die Kopie", "[[EMAIL_1]]", "mustermann", "INBOX"]) {
    assert.ok(!json.includes(left), `${left} is in the record`);
  }
});

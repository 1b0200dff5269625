import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DecidedBy,
  DraftSource,
  MailClassified,
  MailDelivered,
  MailDrafted,
  Priority,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import { auditTrail } from "./audit-trail.js";

const meta = (mailId: string) => ({
  schemaVersion: SCHEMA_VERSION,
  mailId,
  threadId: `t_${mailId}`,
  occurredAt: { seconds: 1_764_000_000, nanos: 0 },
});
const TEXT = "Rechnung für [[PERSON_1]], IBAN [[IBAN_1]]";

test("one record per mail joins routing, draft and delivery, and carries no text of the mail", () => {
  const classification = {
    department: "billing",
    intent: "invoice",
    priority: Priority.PRIORITY_HIGH,
    confidence: 0.91,
    decidedBy: DecidedBy.DECIDED_BY_LLM,
    model: "qwen2.5-7b",
    promptVersion: "route-v3",
    reason: "asks about an invoice",
  };
  const records = auditTrail(
    [
      MailClassified.fromPartial({
        mail: { meta: meta("m_1"), subject: TEXT, bodyText: TEXT },
        classification,
      }),
      MailClassified.fromPartial({
        mail: { meta: meta("m_2"), subject: TEXT },
        classification: { department: "general", decidedBy: DecidedBy.DECIDED_BY_RULE, rule: "newsletters" },
        noDraft: true,
        noDraftReason: "automatic.bulk",
      }),
    ],
    [
      MailDrafted.fromPartial({
        meta: meta("m_1"),
        source: DraftSource.DRAFT_SOURCE_TEMPLATE,
        subject: TEXT,
        bodyText: TEXT,
        model: "qwen2.5-7b",
        promptVersion: "draft-v2",
        fallbackReason: "draft.invented_pii: an IBAN no placeholder stands for",
      }),
    ],
    [
      MailDelivered.fromPartial({
        meta: meta("m_1"),
        department: "billing",
        draftFolder: "Drafts",
        draftUid: 7,
        movedTo: "Abteilungen/Buchhaltung",
      }),
    ],
  );
  assert.deepEqual(records, [
    {
      mailId: "m_1",
      ingestedAt: "2025-11-24T16:00:00.000Z",
      routing: {
        department: "billing",
        intent: "invoice",
        priority: "PRIORITY_HIGH",
        confidence: 0.91,
        decidedBy: "DECIDED_BY_LLM",
        model: "qwen2.5-7b",
        promptVersion: "route-v3",
        reason: "asks about an invoice",
      },
      noDraft: false,
      draft: {
        source: "DRAFT_SOURCE_TEMPLATE",
        model: "qwen2.5-7b",
        promptVersion: "draft-v2",
        fallbackReason: "draft.invented_pii: an IBAN no placeholder stands for",
      },
      delivered: {
        department: "billing",
        draftFolder: "Drafts",
        draftUid: 7,
        movedTo: "Abteilungen/Buchhaltung",
      },
    },
    {
      mailId: "m_2",
      ingestedAt: "2025-11-24T16:00:00.000Z",
      routing: { department: "general", decidedBy: "DECIDED_BY_RULE", rule: "newsletters" },
      noDraft: true,
      noDraftReason: "automatic.bulk",
    },
  ]);
  assert.doesNotMatch(JSON.stringify(records), /Rechnung|PERSON_1|IBAN_1/);
});

test("a mail whose earlier events have expired still gets what is left", () => {
  const records = auditTrail(
    [],
    [],
    [MailDelivered.fromPartial({ meta: meta("m_3"), department: "orders" })],
  );
  assert.deepEqual(records, [
    { mailId: "m_3", ingestedAt: "2025-11-24T16:00:00.000Z", delivered: { department: "orders" } },
  ]);
});

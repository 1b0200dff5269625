import assert from "node:assert/strict";
import { test } from "node:test";
import type { AutoSendConfig, FolderMailboxConfig, ImapMailboxConfig } from "@poststelle/config";
import {
  type Classification,
  DecidedBy,
  DraftSource,
  type MailDrafted,
  Priority,
  Sentiment,
} from "@poststelle/contracts";
import { deliveryKey, recipientRateKey } from "./keys.js";
import { planDelivery } from "./plan.js";
import { decodeRecord, encodeRecord } from "./records.js";

const classification: Classification = {
  department: "billing",
  intent: "invoice_copy",
  priority: Priority.PRIORITY_NORMAL,
  language: "de",
  sentiment: Sentiment.SENTIMENT_NEUTRAL,
  confidence: 0.9,
  decidedBy: DecidedBy.DECIDED_BY_RULE,
  rule: "billing-addresses",
  model: "",
  promptVersion: "",
  reason: "",
};

const drafted = (source: DraftSource): Pick<MailDrafted, "meta" | "classification" | "source"> => ({
  meta: {
    schemaVersion: 1,
    mailId: "m_1",
    threadId: "t_1",
    ref: { mailbox: "support", folder: "INBOX", uidValidity: 7, uid: 42, messageId: "x@y" },
    occurredAt: undefined,
  },
  classification,
  source,
});

const imap = { id: "support", kind: "imap", address: "support@shop.example" } as ImapMailboxConfig;
const imapWithSmtp = {
  ...imap,
  smtp: { host: "smtp", port: 587, secure: false, pool: true },
} as ImapMailboxConfig;
const folder = { id: "demo", kind: "folder", address: "a@b.example", path: "/in" } as FolderMailboxConfig;
const off: AutoSendConfig = {
  enabled: false,
  intents: ["invoice_copy"],
  minConfidence: 0.8,
  perRecipientPerHour: 2,
};
const all = {
  action: { moveTo: "Buchhaltung", keyword: "poststelle-billing", forwardTo: "fibu@shop.example" },
};

test("an IMAP mail: draft first, then forward and keyword while the original is in place, the move last", () => {
  const plan = planDelivery({
    drafted: drafted(DraftSource.DRAFT_SOURCE_LLM),
    department: all,
    mailbox: imapWithSmtp,
    autoSend: off,
  });
  assert.deepEqual(plan.steps, [
    { action: "draft", key: "m_1.draft", target: "imap" },
    { action: "forward", key: "m_1.forward", to: "fibu@shop.example" },
    { action: "keyword", key: "m_1.keyword", keyword: "poststelle-billing" },
    { action: "move", key: "m_1.move", folder: "Buchhaltung" },
  ]);
  assert.deepEqual(plan.skipped, []);
});

test("no-draft mail is still routed; forwarding needs SMTP", () => {
  const plan = planDelivery({
    drafted: drafted(DraftSource.DRAFT_SOURCE_NONE),
    department: all,
    mailbox: imap,
    autoSend: off,
  });
  assert.deepEqual(
    plan.steps.map((s) => s.action),
    ["keyword", "move"],
  );
  assert.deepEqual(plan.skipped, [
    { action: "draft", reason: "no_draft" },
    { action: "forward", reason: "no_smtp" },
  ]);
});

test("a folder mailbox gets a draft file and its original is never touched", () => {
  const plan = planDelivery({
    drafted: drafted(DraftSource.DRAFT_SOURCE_TEMPLATE),
    department: all,
    mailbox: folder,
    autoSend: off,
  });
  assert.deepEqual(plan.steps, [{ action: "draft", key: "m_1.draft", target: "file" }]);
  assert.deepEqual(
    plan.skipped.map((s) => `${s.action}:${s.reason}`),
    ["forward:folder_mailbox", "keyword:folder_mailbox", "move:folder_mailbox"],
  );
});

test("auto-send only when enabled, for a chosen intent, at or above the confidence, with SMTP", () => {
  const on = { ...off, enabled: true };
  const first = (autoSend: AutoSendConfig, mailbox = imapWithSmtp, c = classification) =>
    planDelivery({
      drafted: { ...drafted(DraftSource.DRAFT_SOURCE_TEMPLATE), classification: c },
      department: { action: {} },
      mailbox,
      autoSend,
    }).steps[0]?.action;
  assert.equal(first(on), "auto_send");
  assert.equal(first(off), "draft");
  assert.equal(first(on, imap), "draft");
  assert.equal(first(on, imapWithSmtp, { ...classification, confidence: 0.79 }), "draft");
  assert.equal(first(on, imapWithSmtp, { ...classification, intent: "complaint" }), "draft");
});

test("a move into the folder the mail is already in is skipped", () => {
  const plan = planDelivery({
    drafted: drafted(DraftSource.DRAFT_SOURCE_NONE),
    department: { action: { moveTo: "INBOX" } },
    mailbox: imap,
    autoSend: off,
  });
  assert.deepEqual(plan.steps, []);
  assert.deepEqual(plan.skipped.at(-1), { action: "move", reason: "already_there" });
});

test("keys are KV-safe, rate keys count per mailbox, address key and hour, records round-trip", () => {
  assert.equal(deliveryKey("m_A-b_9", "auto_send"), "m_A-b_9.auto_send");
  assert.throws(() => deliveryKey("m.1 x", "draft"), RangeError);
  const at = new Date("2025-03-01T10:30:00Z");
  const addressKey = "u2Vw0Xk1_aQ-9bYcZ3dTfE1g";
  const key = recipientRateKey("support", addressKey, at);
  assert.match(key, /^rate\.[0-9a-f]{32}\.\d+$/);
  assert.equal(key, recipientRateKey("support", addressKey, new Date("2025-03-01T10:59:59Z")));
  assert.notEqual(key, recipientRateKey("support", addressKey, new Date("2025-03-01T11:00:00Z")));
  assert.notEqual(key, recipientRateKey("billing", addressKey, at));
  assert.notEqual(key, recipientRateKey("support", "another-key", at));
  const record = {
    action: "move" as const,
    state: "done" as const,
    at: at.toISOString(),
    movedTo: "X",
    gone: true,
  };
  assert.deepEqual(decodeRecord(encodeRecord(record)), record);
  assert.equal(decodeRecord(new Uint8Array()), undefined);
  assert.equal(decodeRecord(new TextEncoder().encode("{}")), undefined);
});

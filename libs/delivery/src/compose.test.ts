import assert from "node:assert/strict";
import { test } from "node:test";
import { type Classification, DecidedBy, DraftSource, Priority, Sentiment } from "@poststelle/contracts";
import { simpleParser } from "mailparser";
import { composeForward, composeReply, type ReplyInput, replyReferences } from "./compose.js";

const classification: Classification = {
  department: "orders",
  intent: "order_status",
  priority: Priority.PRIORITY_NORMAL,
  language: "de",
  sentiment: Sentiment.SENTIMENT_NEUTRAL,
  confidence: 0.876,
  decidedBy: DecidedBy.DECIDED_BY_LLM,
  rule: "",
  model: "m",
  promptVersion: "classify-1",
  reason: "",
};

const reply: ReplyInput = {
  mailId: "m_abcDEF123-_x",
  mailboxAddress: "support@shop.example",
  to: "max.mueller@kunde.example",
  subject: "AW: Re: Wo bleibt Bestellung BST-20481736?",
  bodyText: "Guten Tag Max Müller,\n\nIhr Paket ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Shop\n",
  parent: {
    messageId: "orig-1@kunde.example",
    references: ["<root@kunde.example>", "<mid@shop.example>"],
  },
  classification,
  source: DraftSource.DRAFT_SOURCE_LLM,
  promptVersion: "draft-2025.1",
};

test("a reply threads under the original and carries the decision headers", async () => {
  const { raw, messageId } = await composeReply(reply);
  assert.match(raw.toString("latin1"), /\r\n\r\n/, "CRLF line ends for IMAP");
  const parsed = await simpleParser(raw);
  assert.equal(parsed.messageId, messageId);
  assert.equal(messageId, "<poststelle-draft.m_abcDEF123-_x@shop.example>");
  assert.equal(parsed.inReplyTo, "<orig-1@kunde.example>");
  assert.deepEqual(parsed.references, [
    "<root@kunde.example>",
    "<mid@shop.example>",
    "<orig-1@kunde.example>",
  ]);
  assert.equal(parsed.subject, "Re: Wo bleibt Bestellung BST-20481736?");
  assert.equal(parsed.from?.value[0]?.address, "support@shop.example");
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  assert.equal(to?.value[0]?.address, "max.mueller@kunde.example");
  assert.equal(parsed.text?.trim(), reply.bodyText.trim());
  const h = parsed.headers;
  assert.equal(h.get("x-poststelle-mail-id"), "m_abcDEF123-_x");
  assert.equal(h.get("x-poststelle-department"), "orders");
  assert.equal(h.get("x-poststelle-confidence"), "0.88");
  assert.equal(h.get("x-poststelle-decided-by"), "llm");
  assert.equal(h.get("x-poststelle-draft-source"), "llm");
  assert.equal(h.get("x-poststelle-prompt-version"), "draft-2025.1");
  assert.equal(h.get("auto-submitted"), undefined, "a draft for a person is no automatic mail");
});

test("the Message-ID is the same on every attempt, the one thing a redelivery can look for", async () => {
  const first = await composeReply(reply);
  const second = await composeReply({ ...reply, bodyText: "anders" });
  assert.equal(first.messageId, second.messageId);
  const other = await composeReply({ ...reply, mailId: "m_other" });
  assert.notEqual(other.messageId, first.messageId);
});

test("a placeholder or junk never becomes the recipient; auto-sent replies say so", async () => {
  const parsed = await simpleParser((await composeReply({ ...reply, to: "[[EMAIL_1]]" })).raw);
  assert.equal(parsed.to, undefined);
  const auto = await simpleParser(
    (await composeReply({ ...reply, autoSubmitted: "auto-replied", fallbackReason: "draft.truncated: cut" }))
      .raw,
  );
  assert.equal(auto.headers.get("auto-submitted"), "auto-replied");
  assert.equal(auto.headers.get("x-poststelle-fallback"), "draft.truncated");
});

test("without a Message-ID on the original there is no threading header at all", async () => {
  const parsed = await simpleParser(
    (await composeReply({ ...reply, parent: { messageId: "", references: [] } })).raw,
  );
  assert.equal(parsed.inReplyTo, undefined);
  assert.equal(parsed.references, undefined);
});

test("references fall back to In-Reply-To and keep the root when capped", () => {
  assert.deepEqual(replyReferences({ messageId: "c@x", references: [], inReplyTo: "b@x" }), [
    "<b@x>",
    "<c@x>",
  ]);
  const long = Array.from({ length: 30 }, (_, i) => `<r${i}@x>`);
  const capped = replyReferences({ messageId: "last@x", references: long });
  assert.equal(capped.length, 20);
  assert.equal(capped[0], "<r0@x>");
  assert.equal(capped.at(-1), "<last@x>");
});

test("a forward attaches the original whole as message/rfc822 and is marked automatic", async () => {
  const original = Buffer.from(
    "From: Max <max@kunde.example>\r\nTo: support@shop.example\r\nSubject: Rechnung\r\n" +
      "Message-ID: <orig-2@kunde.example>\r\n\r\nHallo, Umlaut äöü.\r\n",
  );
  const { raw, messageId } = await composeForward({
    mailId: "m_fwd",
    mailboxAddress: "support@shop.example",
    to: "buchhaltung@shop.example",
    departmentName: "Buchhaltung",
    originalSubject: "Rechnung",
    original,
    classification,
  });
  assert.equal(messageId, "<poststelle-forward.m_fwd@shop.example>");
  const parsed = await simpleParser(raw);
  assert.equal(parsed.subject, "Fwd: Rechnung");
  assert.equal(parsed.headers.get("auto-submitted"), "auto-generated");
  assert.equal(parsed.headers.get("x-poststelle-mail-id"), "m_fwd");
  const attachment = parsed.attachments[0];
  assert.equal(attachment?.contentType, "message/rfc822");
  assert.equal(attachment?.content.toString("utf8"), original.toString("utf8"));
  assert.match(
    raw.toString("latin1"),
    /Content-Type: message\/rfc822[\s\S]*?Content-Transfer-Encoding: 8bit/,
  );
});

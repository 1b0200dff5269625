import type { ImapMailboxConfig } from "@poststelle/config";
import {
  composeForward,
  composeReply,
  type DeliveryRecord,
  isMailAddress,
  recipientRateKey,
} from "@poststelle/delivery";
import type { ImapFlow } from "imapflow";
import { appendDraft, type Delivery, replyFields } from "./draft-steps.js";
import { appendMessage, findByMailId, readOriginal, specialFolder } from "./imap-mailbox.js";

/**
 * Sends the reply without review when the recipient is still under the hourly limit; otherwise
 * (or without a usable address) leaves a draft like any other mail.
 */
export async function autoSend(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  key: string,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  const restored = await delivery.restored();
  const to = restored.replyTo;
  const limit = ctx.config.delivery.autoSend.perRecipientPerHour;
  // Only an address the vault holds for this thread is counted, and so only such gets a reply.
  const addressable = isMailAddress(to) && restored.replyToKey !== "";
  const allowed =
    addressable &&
    (await ctx.records.increment(recipientRateKey(mailbox.id, restored.replyToKey, new Date()), limit)) !==
      undefined;
  if (!allowed) {
    ctx.metrics.skipped.add(1, {
      action: "auto_send",
      reason: addressable ? "rate_limited" : "no_recipient",
    });
    const draft = await appendDraft(delivery, mailbox, client);
    return delivery.done(key, { action: "auto_send", drafted: true, ...draft });
  }
  if (!(await ctx.records.claim(key, { action: "auto_send" }))) {
    ctx.metrics.skipped.add(1, { action: "auto_send", reason: "claimed" });
    return { action: "auto_send", state: "pending", at: new Date().toISOString() };
  }
  const original = await readOriginal(client, delivery.ref, { source: false });
  const { raw } = await composeReply({
    ...replyFields(delivery, restored),
    parent: {
      messageId: delivery.ref.messageId,
      references: original?.references ?? [],
      inReplyTo: original?.inReplyTo,
    },
    autoSubmitted: "auto-replied",
  });
  try {
    await ctx.smtp.send(mailbox, { from: mailbox.address, to }, raw);
  } catch (error) {
    await ctx.records.release(key);
    throw error;
  }
  ctx.metrics.autoSent.add(1);
  // A copy in \Sent, so people see what went out; the reply itself is already sent.
  const sent = await specialFolder(client, "\\Sent").catch(() => undefined);
  if (sent !== undefined) await appendMessage(client, sent, raw, ["\\Seen"]).catch(() => undefined);
  return delivery.done(key, { action: "auto_send" });
}

/**
 * An auto-reply that an earlier attempt claimed but did not record as sent (it crashed, or lost
 * NATS, around the send). Its copy in \Sent says it went out. Without one nobody can tell, so a
 * person decides: the reply waits as a draft, with the Message-ID the sent one would have, so a
 * customer's client shows one message even if both arrive.
 */
export async function settleAutoSend(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  key: string,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  const sent = await specialFolder(client, "\\Sent").catch(() => undefined);
  if (sent !== undefined && (await findByMailId(client, sent, delivery.mailId)) !== undefined) {
    ctx.metrics.skipped.add(1, { action: "auto_send", reason: "found_in_sent" });
    return delivery.done(key, { action: "auto_send" });
  }
  ctx.metrics.skipped.add(1, { action: "auto_send", reason: "uncertain" });
  const draft = await appendDraft(delivery, mailbox, client);
  return delivery.done(key, { action: "auto_send", drafted: true, ...draft });
}

/** Sends the original on to the department address; a mail that is gone from its folder cannot be. */
export async function forward(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  key: string,
  to: string,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  const original = await readOriginal(client, delivery.ref, { source: true });
  if (original?.source === undefined) {
    ctx.metrics.skipped.add(1, { action: "forward", reason: "gone" });
    return delivery.done(key, { action: "forward", gone: true });
  }
  if (!(await ctx.records.claim(key, { action: "forward", forwardedTo: to }))) {
    ctx.metrics.skipped.add(1, { action: "forward", reason: "claimed" });
    return { action: "forward", state: "pending", at: new Date().toISOString(), forwardedTo: to };
  }
  const { raw } = await composeForward({
    mailId: delivery.mailId,
    mailboxAddress: mailbox.address,
    to,
    departmentName: delivery.department.name,
    originalSubject: original.subject,
    original: original.source,
    classification: delivery.drafted.classification,
  });
  try {
    await ctx.smtp.send(mailbox, { from: mailbox.address, to }, raw);
  } catch (error) {
    await ctx.records.release(key);
    throw error;
  }
  ctx.metrics.forwards.add(1);
  return delivery.done(key, { action: "forward", forwardedTo: to });
}

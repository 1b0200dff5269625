import type { ImapMailboxConfig } from "@poststelle/config";
import {
  composeForward,
  composeReply,
  type DeliveryRecord,
  draftMessageId,
  forwardMessageId,
  isMailAddress,
  recipientRateKey,
} from "@poststelle/delivery";
import type { ImapFlow } from "imapflow";
import { appendDraft, type Delivery, replyFields } from "./draft-steps.js";
import { appendMessage, findByMessageId, readOriginal, specialFolder } from "./imap-mailbox.js";

/**
 * Sends the reply without review when the recipient is still under the hourly limit; otherwise
 * (or without a usable address) leaves a draft like any other mail. `settle` finishes an
 * auto-reply that an earlier attempt claimed but did not record as sent (it crashed, or lost NATS,
 * around the send): its copy in \Sent says it went out. Without one nobody can tell, so a person
 * decides: the reply waits as a flagged draft, with the Message-ID the sent one would have, so a
 * customer's client shows one message even if both arrive.
 */
export async function autoSend(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  key: string,
  settle = false,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  if (settle) {
    if (await inSent(client, draftMessageId(delivery.mailId, mailbox.address))) {
      ctx.metrics.skipped.add(1, { action: "auto_send", reason: "found_in_sent" });
      return delivery.done(key, { action: "auto_send" });
    }
    ctx.metrics.skipped.add(1, { action: "auto_send", reason: "uncertain" });
    const draft = await appendDraft(delivery, mailbox, client, { flagged: true });
    return delivery.done(key, { action: "auto_send", drafted: true, ...draft });
  }
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
  await keepSentCopy(client, raw);
  return delivery.done(key, { action: "auto_send" });
}

/**
 * Sends the original on to the department address; a mail that is gone from its folder cannot be.
 * `settle` finishes a forward that an earlier attempt claimed but did not record as sent: its copy
 * in \Sent says it went out. Without one it is sent again, under the same Message-ID: a department
 * that gets a mail twice loses less than one that never gets it, and the window where both happen
 * is the moment between the send and the copy.
 */
export async function forward(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  key: string,
  to: string,
  settle = false,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  if (settle && (await inSent(client, forwardMessageId(delivery.mailId, mailbox.address)))) {
    ctx.metrics.skipped.add(1, { action: "forward", reason: "found_in_sent" });
    return delivery.done(key, { action: "forward", forwardedTo: to });
  }
  const original = await readOriginal(client, delivery.ref, { source: true });
  if (original?.source === undefined) {
    ctx.metrics.skipped.add(1, { action: "forward", reason: "gone" });
    return delivery.done(key, { action: "forward", gone: true });
  }
  if (!settle && !(await ctx.records.claim(key, { action: "forward", forwardedTo: to }))) {
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
    // A settling attempt keeps the claim: the next one settles again.
    if (!settle) await ctx.records.release(key);
    throw error;
  }
  ctx.metrics.forwards.add(1, { attempt: settle ? "resent" : "first" });
  await keepSentCopy(client, raw);
  return delivery.done(key, { action: "forward", forwardedTo: to });
}

/**
 * A copy of what went out in \Sent, as a mail client keeps one: people see it, and an attempt after
 * a crash finds it. The send itself is done, so a failed copy fails nothing.
 */
async function keepSentCopy(client: ImapFlow, raw: Buffer): Promise<void> {
  const sent = await specialFolder(client, "\\Sent").catch(() => undefined);
  if (sent !== undefined) await appendMessage(client, sent, raw, ["\\Seen"]).catch(() => undefined);
}

/** Whether \Sent holds a message with this Message-ID (false without a \Sent folder). */
async function inSent(client: ImapFlow, messageId: string): Promise<boolean> {
  const sent = await specialFolder(client, "\\Sent").catch(() => undefined);
  return sent !== undefined && (await findByMessageId(client, sent, messageId)) !== undefined;
}

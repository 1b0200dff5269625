import { createHash } from "node:crypto";

/** Side effects of delivering one mail; each is done at most once and recorded under its own key. */
export type DeliveryAction = "draft" | "auto_send" | "forward" | "keyword" | "move";

/** KV key of the record for one mail and action (NATS KV keys allow only [-/_=.a-zA-Z0-9]). */
export function deliveryKey(mailId: string, action: DeliveryAction): string {
  if (!/^[-_=a-zA-Z0-9]+$/.test(mailId)) throw new RangeError("mail id has characters a KV key cannot hold");
  return `${mailId}.${action}`;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  const domain =
    at >= 0
      ? address
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : "";
  return /^[a-z0-9.-]+$/.test(domain) && domain !== "" ? domain : "poststelle.invalid";
}

/**
 * Message-ID of the draft for a mail: the same on every attempt, so a draft that was appended
 * before a crash is recognisable, and mail clients treat repeated copies as one message.
 */
export function draftMessageId(mailId: string, mailboxAddress: string): string {
  return `<poststelle-draft.${mailId}@${domainOf(mailboxAddress)}>`;
}

export function forwardMessageId(mailId: string, mailboxAddress: string): string {
  return `<poststelle-forward.${mailId}@${domainOf(mailboxAddress)}>`;
}

/** The hour a moment falls into, counted from the epoch: the auto-send rate window. */
export function hourWindow(at: Date): number {
  return Math.floor(at.getTime() / 3_600_000);
}

/**
 * Key of one recipient's auto-send counter in one hour. `addressKey` is the vault's keyed hash of
 * the address (PrivacyService.Unmask gives it), never the address: KV keys are listed in plain
 * text by operators, and a plain hash of an address is undone by hashing a list of addresses.
 * Hashed again with the mailbox, so counters of two mailboxes differ.
 */
export function recipientRateKey(mailboxId: string, addressKey: string, at: Date): string {
  const hash = createHash("sha256").update(`${mailboxId}\u0000${addressKey}`).digest("hex").slice(0, 32);
  return `rate.${hash}.${hourWindow(at)}`;
}

import { createHash } from "node:crypto";
import type { Timestamp } from "./gen/google/protobuf/timestamp.js";

function digest(parts: readonly (string | number)[], length: number): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${String(part).length}:${part};`);
  return hash.digest("base64url").slice(0, length);
}

/**
 * Mail id from where the mail lives. A mail keeps its id for as long as UIDVALIDITY holds, so
 * every stage and every retry agrees on it without coordination.
 */
export function mailIdFor(mailbox: string, uidValidity: number, uid: number): string {
  return `m_${digest([mailbox, uidValidity, uid], 22)}`;
}

/**
 * Thread id from the root of the References chain (or the mail's own Message-ID) and the
 * correspondent: the address a reply goes to (Reply-To, else From). Hashed so that it carries
 * no address, and scoped by mailbox so two mailboxes never share a vault.
 *
 * The correspondent is part of the scope because References are written by the sender: a
 * stranger who cites another customer's Message-ID must not join that customer's vault and get
 * its placeholders restored into a reply addressed to the stranger.
 */
export function threadIdFor(mailbox: string, rootMessageId: string, correspondent: string): string {
  return `t_${digest([mailbox, rootMessageId.trim().toLowerCase(), normalizeAddress(correspondent)], 22)}`;
}

/**
 * An e-mail address as every part of Poststelle compares it: the thread id, the vault's address
 * index and the streams' erasure must agree on who a data subject is.
 */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

export function timestampFromDate(date: Date): Timestamp {
  const ms = date.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

export function dateFromTimestamp(ts: Timestamp | undefined): Date | undefined {
  return ts ? new Date(ts.seconds * 1000 + Math.floor(ts.nanos / 1_000_000)) : undefined;
}

import type { MailRef } from "@poststelle/contracts";
import { PermanentError, TransientError } from "@poststelle/errors";
import type { ImapFlow } from "imapflow";

/**
 * The IMAP side effects of delivery, each safe to repeat: every function first looks whether its
 * work is already done (a draft with this mail id exists, the original is no longer there).
 */

const specialUseCache = new WeakMap<ImapFlow, Map<string, string | undefined>>();

/** The folder with an RFC 6154 special-use flag (\Drafts, \Sent), or the configured one. */
export async function specialFolder(
  client: ImapFlow,
  use: "\\Drafts" | "\\Sent",
  configured?: string,
): Promise<string | undefined> {
  if (configured) return configured;
  let cache = specialUseCache.get(client);
  if (cache === undefined) {
    cache = new Map();
    specialUseCache.set(client, cache);
  }
  if (!cache.has(use)) {
    const folders = await client.list();
    cache.set(use, folders.find((folder) => folder.specialUse === use)?.path);
  }
  return cache.get(use);
}

export async function draftsFolder(client: ImapFlow, configured?: string): Promise<string> {
  const folder = await specialFolder(client, "\\Drafts", configured);
  if (folder === undefined) {
    throw new PermanentError(
      "imap.no_drafts_folder",
      "no folder is flagged \\Drafts; set draftsFolder in the config",
    );
  }
  return folder;
}

async function withFolder<T>(client: ImapFlow, folder: string, work: () => Promise<T>): Promise<T> {
  const lock = await client.getMailboxLock(folder);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

async function searchUids(client: ImapFlow, query: Parameters<ImapFlow["search"]>[0]): Promise<number[]> {
  const uids = await client.search(query, { uid: true });
  return Array.isArray(uids) ? uids : [];
}

/** UID of the newest message in `folder` whose header `name` contains `value`, if any. */
async function findByHeader(
  client: ImapFlow,
  folder: string,
  name: string,
  value: string,
): Promise<number | undefined> {
  return withFolder(client, folder, async () => {
    const uids = await searchUids(client, { header: { [name]: value } });
    return uids.length > 0 ? Math.max(...uids) : undefined;
  });
}

/** UID of the message in `folder` that carries this X-Poststelle-Mail-Id, if any. */
export async function findByMailId(
  client: ImapFlow,
  folder: string,
  mailId: string,
): Promise<number | undefined> {
  return findByHeader(client, folder, "x-poststelle-mail-id", mailId);
}

/** UID of the message in `folder` with this Message-ID (brackets included), if any. */
export async function findByMessageId(
  client: ImapFlow,
  folder: string,
  messageId: string,
): Promise<number | undefined> {
  return findByHeader(client, folder, "message-id", messageId);
}

export async function appendMessage(
  client: ImapFlow,
  folder: string,
  raw: Buffer,
  flags: string[],
): Promise<number | undefined> {
  const result = await client.append(folder, raw, flags);
  if (result === false) throw new TransientError("imap.append_failed", "the server refused the APPEND");
  return result.uid;
}

/**
 * The original's current UID, or undefined when it is no longer in its folder. Must run with the
 * folder selected. With a changed UIDVALIDITY the UID means nothing any more; the Message-ID
 * still identifies the mail if exactly one message carries it.
 */
async function locate(client: ImapFlow, ref: MailRef): Promise<number | undefined> {
  const mailbox = client.mailbox;
  const sameValidity = mailbox !== false && mailbox.uidValidity === BigInt(ref.uidValidity);
  if (sameValidity) {
    const uids = await searchUids(client, { uid: String(ref.uid) });
    return uids.includes(ref.uid) ? ref.uid : undefined;
  }
  if (ref.messageId === "") return undefined;
  const uids = await searchUids(client, { header: { "message-id": ref.messageId } });
  return uids.length === 1 ? uids[0] : undefined;
}

export interface OriginalMail {
  uid: number;
  subject: string;
  references: string[];
  inReplyTo: string;
  /** Only when asked for (forwarding needs the whole message). */
  source?: Buffer;
}

function headerValues(headers: Buffer | undefined): { references: string[]; inReplyTo: string } {
  const text = (headers?.toString("latin1") ?? "").replace(/\r?\n[ \t]+/g, " ");
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, "im").exec(text)?.[1]?.trim() ?? "";
  return {
    references: field("references").match(/<[^<>\s]+>/g) ?? [],
    inReplyTo: field("in-reply-to").match(/<[^<>\s]+>/)?.[0] ?? "",
  };
}

/** Threading headers (and, when asked, the source) of the original; undefined when it is gone. */
export async function readOriginal(
  client: ImapFlow,
  ref: MailRef,
  options: { source: boolean },
): Promise<OriginalMail | undefined> {
  return withFolder(client, ref.folder, async () => {
    const uid = await locate(client, ref);
    if (uid === undefined) return undefined;
    const message = await client.fetchOne(
      String(uid),
      { uid: true, envelope: true, headers: ["references", "in-reply-to"], source: options.source },
      { uid: true },
    );
    if (message === false) return undefined;
    return {
      uid,
      subject: message.envelope?.subject ?? "",
      ...headerValues(message.headers),
      source: message.source,
    };
  });
}

/** Sets an IMAP keyword on the original; "gone" when it is no longer in its folder. */
export async function addKeyword(client: ImapFlow, ref: MailRef, keyword: string): Promise<"done" | "gone"> {
  return withFolder(client, ref.folder, async () => {
    const uid = await locate(client, ref);
    if (uid === undefined) return "gone";
    const stored = await client.messageFlagsAdd(String(uid), [keyword], { uid: true });
    if (!stored) throw new TransientError("imap.store_failed", "the server refused the keyword");
    return "done";
  });
}

/**
 * Moves the original to the department folder, creating the folder first. A mail that is no
 * longer in its folder counts as moved: a person or an earlier attempt has already done it.
 * Without MOVE, imapflow copies, then deletes the original; when an earlier attempt's copy is
 * already in the folder (a crash in between), only the deletion is left to do. Without UIDPLUS
 * too, deleting means EXPUNGE, which would take every message a person marked \Deleted with it:
 * the original is only marked, and expunging is left to the mailbox's people.
 */
export async function moveOriginal(
  client: ImapFlow,
  ref: MailRef,
  folder: string,
): Promise<"moved" | "gone"> {
  await client.mailboxCreate(folder);
  const emulated = !client.capabilities.has("MOVE");
  const expungesAll = emulated && !client.capabilities.has("UIDPLUS");
  const copiedBefore =
    emulated && ref.messageId !== "" && (await findByMessageId(client, folder, ref.messageId)) !== undefined;
  return withFolder(client, ref.folder, async () => {
    const uid = await locate(client, ref);
    if (uid === undefined) return "gone";
    const range = String(uid);
    let moved: boolean;
    if (expungesAll) {
      moved = copiedBefore || (await client.messageCopy(range, folder, { uid: true })) !== false;
      if (moved) moved = await client.messageFlagsAdd(range, ["\\Deleted"], { uid: true });
    } else if (copiedBefore) {
      moved = await client.messageDelete(range, { uid: true });
    } else {
      moved = (await client.messageMove(range, folder, { uid: true })) !== false;
    }
    if (!moved) throw new TransientError("imap.move_failed", "the server refused the MOVE");
    return "moved";
  });
}

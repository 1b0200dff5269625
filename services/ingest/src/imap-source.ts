import type { ImapFlow } from "imapflow";
import { type FolderSource, type ListedMail, UNREADABLE } from "./folder-sync.js";

type FetchQuery = { source: true } | { headers: true };

/** A tagged NO or BAD: the server answered and refused; the connection itself is fine. */
function refusedByServer(error: unknown): boolean {
  const status = (error as { responseStatus?: unknown } | null)?.responseStatus;
  return status === "NO" || status === "BAD";
}

/** "1:3,7,9:10" for 1,2,3,7,9,10: one short FETCH command however many UIDs a batch has. */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const uid of sorted.slice(1)) {
    if (previous !== undefined && uid === previous + 1) {
      previous = uid;
      continue;
    }
    ranges.push(start === previous ? `${start}` : `${start}:${previous}`);
    start = uid;
    previous = uid;
  }
  if (start !== undefined) ranges.push(start === previous ? `${start}` : `${start}:${previous}`);
  return ranges.join(",");
}

export interface ImapFolder extends FolderSource {
  /** UIDNEXT when the folder was opened. */
  readonly uidNext: number;
}

/**
 * Opens a folder read-only (EXAMINE) and reads it through BODY.PEEK: ingest never sets \Seen,
 * never deletes and never depends on flags.
 */
export async function openImapFolder(client: ImapFlow, mailbox: string, folder: string): Promise<ImapFolder> {
  const opened = await client.mailboxOpen(folder, { readOnly: true });

  const fetchInto = async (
    range: string,
    query: FetchQuery,
    found: Map<number, Buffer | typeof UNREADABLE>,
  ) => {
    for await (const message of client.fetch(range, { uid: true, ...query }, { uid: true })) {
      const bytes = "source" in query ? message.source : message.headers;
      if (bytes !== undefined) found.set(message.uid, bytes);
    }
  };

  /**
   * One message the server will not return (a tagged NO, or left out of the answer) must not
   * hold up the folder: it is asked for alone, and reported UNREADABLE if it still exists.
   */
  const collect = async (uids: readonly number[], query: FetchQuery) => {
    const found = new Map<number, Buffer | typeof UNREADABLE>();
    if (uids.length === 0) return found;
    try {
      await fetchInto(uidSet(uids), query, found);
    } catch (error) {
      if (!refusedByServer(error)) throw error;
    }
    const missing = uids.filter((uid) => !found.has(uid));
    if (missing.length === 0) return found;
    const present = (await client.search({ uid: uidSet(missing) }, { uid: true })) || [];
    for (const uid of present) {
      try {
        await fetchInto(String(uid), query, found);
      } catch (error) {
        if (!refusedByServer(error)) throw error;
      }
      if (!found.has(uid)) found.set(uid, UNREADABLE);
    }
    return found;
  };

  return {
    mailbox,
    folder,
    uidValidity: Number(opened.uidValidity),
    uidNext: opened.uidNext,
    async list(fromUid) {
      if (client.mailbox && client.mailbox.exists === 0) return [];
      const listed: ListedMail[] = [];
      // "n:*" names at least the highest message even when n is above it; the caller filters.
      for await (const message of client.fetch(`${fromUid}:*`, { uid: true, size: true }, { uid: true })) {
        if (message.uid >= fromUid) listed.push({ uid: message.uid, sizeBytes: message.size ?? 0 });
      }
      return listed.sort((a, b) => a.uid - b.uid);
    },
    fetch: (uids) => collect(uids, { source: true }),
    fetchHeaders: (uids) => collect(uids, { headers: true }),
  };
}

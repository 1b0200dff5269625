import type { Checkpoint } from "./checkpoints.js";
import type { IngestHealth } from "./health.js";
import { type FetchedMail, type IngestDeps, type IngestOutcome, ingestMail } from "./ingest-mail.js";

/** A message that exists but that the server will not return. */
export const UNREADABLE = "unreadable";

export interface ListedMail {
  uid: number;
  sizeBytes: number;
}

/** One folder as the sync sees it, over IMAP or a directory of .eml files. */
export interface FolderSource {
  readonly mailbox: string;
  readonly folder: string;
  readonly uidValidity: number;
  /** Mails with a UID of at least fromUid, in UID order, with their sizes. */
  list(fromUid: number): Promise<ListedMail[]>;
  /** Raw messages; a mail deleted meanwhile is missing, one the server refuses is UNREADABLE. */
  fetch(uids: readonly number[]): Promise<Map<number, Buffer | typeof UNREADABLE>>;
  /** Header sections only, for mails too large to download. */
  fetchHeaders(uids: readonly number[]): Promise<Map<number, Buffer | typeof UNREADABLE>>;
  /** Extra state kept with the checkpoint (folder mailboxes). */
  markerFor?(lastUid: number): string | undefined;
}

export interface SyncOptions extends IngestDeps {
  health?: IngestHealth;
  /** Checked between batches: stopping never leaves a batch half-checkpointed. */
  signal?: AbortSignal;
  batchMaxCount?: number;
  batchMaxBytes?: number;
  /** Mails of one batch in flight at once (parse, publish, record). */
  concurrency?: number;
  /** The folder's checkpoint, when the caller has just read it (a folder mailbox numbers its files by it). */
  loaded?: { checkpoint: Checkpoint | undefined };
}

export interface SyncResult {
  published: number;
  deadLettered: number;
  /** Already sent out before (checkpoint lagging behind, or a resync). */
  skipped: number;
  /** Published again, dropped by the stream's dedupe. */
  duplicates: number;
  /** Highest UID now covered by the checkpoint. */
  lastUid: number;
}

const BATCH_MAX_COUNT = 100;
const BATCH_MAX_BYTES = 32 * 1024 * 1024;
const CONCURRENCY = 8;

function batchesOf(mails: readonly ListedMail[], maxCount: number, maxBytes: number): ListedMail[][] {
  const batches: ListedMail[][] = [];
  let current: ListedMail[] = [];
  let bytes = 0;
  for (const mail of mails) {
    if (current.length > 0 && (current.length >= maxCount || bytes + mail.sizeBytes > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(mail);
    bytes += mail.sizeBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Runs `work` over the items with at most `limit` at once; settles all before reporting. */
async function settleAll<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: "fulfilled", value: await work(items[index] as T) };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Brings one folder onto the bus from its checkpoint on. The checkpoint moves only after every
 * mail up to it is acknowledged (published or dead-lettered), so a crash anywhere re-reads at
 * most one batch, whose mails ingestMail recognises. A changed UIDVALIDITY starts over at UID 1;
 * the published records keep that from making duplicates.
 */
export async function syncFolder(source: FolderSource, options: SyncOptions): Promise<SyncResult> {
  const { checkpoints } = options;
  const saved = options.loaded
    ? options.loaded.checkpoint
    : await checkpoints.load(source.mailbox, source.folder);
  const resync = saved !== undefined && saved.uidValidity !== source.uidValidity;
  let lastUid = saved && !resync ? saved.lastUid : 0;
  const result: SyncResult = { published: 0, deadLettered: 0, skipped: 0, duplicates: 0, lastUid };
  if (resync) {
    options.logger.info(
      { mailbox: source.mailbox, uidValidity: source.uidValidity },
      "UIDVALIDITY changed, reading the folder again without duplicates",
    );
  }
  const save = async (uid: number) => {
    const checkpoint: Checkpoint = { uidValidity: source.uidValidity, lastUid: uid };
    const marker = source.markerFor?.(uid);
    if (marker !== undefined) checkpoint.marker = marker;
    await checkpoints.save(source.mailbox, source.folder, checkpoint);
    lastUid = uid;
    result.lastUid = uid;
  };

  const listed = (await source.list(lastUid + 1)).filter((mail) => mail.uid > lastUid);
  const highest = listed[listed.length - 1]?.uid ?? lastUid;
  const reportLag = () => options.health?.setLag(source.mailbox, source.folder, highest - lastUid);
  reportLag();
  if (listed.length === 0) {
    if (resync) await save(0);
    return result;
  }

  for (const batch of batchesOf(
    listed,
    options.batchMaxCount ?? BATCH_MAX_COUNT,
    options.batchMaxBytes ?? BATCH_MAX_BYTES,
  )) {
    if (options.signal?.aborted) break;
    const full = batch.filter((mail) => mail.sizeBytes <= options.maxMessageBytes).map((mail) => mail.uid);
    const oversized = batch
      .filter((mail) => mail.sizeBytes > options.maxMessageBytes)
      .map((mail) => mail.uid);
    const raws = full.length > 0 ? await source.fetch(full) : new Map();
    const headers = oversized.length > 0 ? await source.fetchHeaders(oversized) : new Map();

    const fetched = batch.map((mail): FetchedMail | undefined => {
      const location = {
        mailbox: source.mailbox,
        folder: source.folder,
        uidValidity: source.uidValidity,
        uid: mail.uid,
      };
      const raw = raws.get(mail.uid);
      const header = headers.get(mail.uid);
      if (raw === UNREADABLE || header === UNREADABLE) return { kind: "unreadable", location };
      if (raw !== undefined) return { kind: "full", location, raw };
      if (header !== undefined) return { kind: "oversized", location, header, sizeBytes: mail.sizeBytes };
      // Deleted between listing and fetching: nothing to ingest, the checkpoint moves past it.
      return undefined;
    });
    const outcomes = await settleAll(fetched, options.concurrency ?? CONCURRENCY, (mail) =>
      mail ? ingestMail(mail, options) : Promise.resolve<IngestOutcome | undefined>(undefined),
    );

    // Move the checkpoint over the unbroken run of done mails, then report the first failure.
    const failed = outcomes.findIndex((outcome) => outcome.status === "rejected");
    const done = failed < 0 ? outcomes : outcomes.slice(0, failed);
    for (const outcome of done) {
      if (outcome.status !== "fulfilled") continue;
      if (outcome.value === "published") result.published++;
      else if (outcome.value === "dead_letter") result.deadLettered++;
      else if (outcome.value === "skipped") result.skipped++;
      else if (outcome.value === "duplicate") result.duplicates++;
    }
    const lastDone = failed < 0 ? batch[batch.length - 1] : batch[failed - 1];
    if (lastDone !== undefined) await save(lastDone.uid);
    reportLag();
    if (failed >= 0) throw (outcomes[failed] as PromiseRejectedResult).reason;
  }
  return result;
}

/** Log fields of a sync: counts only. */
export function summary(result: SyncResult): Record<string, number> {
  return {
    count: result.published,
    deadLetterCount: result.deadLettered,
    skippedCount: result.skipped,
    duplicateCount: result.duplicates,
  };
}

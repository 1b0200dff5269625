import { createHash } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FolderMailboxConfig } from "@poststelle/config";
import { splitHeaderSection } from "@poststelle/mail";
import { sleep } from "./backoff.js";
import type { Checkpoint } from "./checkpoints.js";
import { FolderListing, folderMarker } from "./folder-listing.js";
import { type FolderSource, type SyncResult, summary, syncFolder } from "./folder-sync.js";
import type { MailboxDeps, MailboxRunner } from "./imap-mailbox.js";

/** How much of an oversized file is read to find its header. */
const HEADER_READ_BYTES = 256 * 1024;
const RETRY_DELAY_MS = 5_000;

/** A UIDVALIDITY-like number in 1..2^31-1. */
function uint31(...parts: string[]): number {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part};`);
  return (hash.digest().readUInt32BE(0) % 0x7fffffff) + 1;
}

/**
 * UIDs of a directory are positions in name order, so they hold as long as files are only
 * added after the last one read. When files up to the checkpoint change (one inserted before
 * it, one removed), the numbering shifts: that is a new UIDVALIDITY, as on an IMAP server, and
 * the resync recognises what was already published.
 */
export function folderUidValidity(
  path: string,
  names: readonly string[],
  saved: Checkpoint | undefined,
  markerOf = (count: number) => folderMarker(names, count),
): number {
  const initial = uint31(path);
  if (saved === undefined) return initial;
  if (saved.lastUid <= names.length && saved.marker === markerOf(saved.lastUid)) return saved.uidValidity;
  const next = uint31(path, ...names);
  return next === saved.uidValidity ? (next % 0x7fffffff) + 1 : next;
}

async function headerOf(file: string): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEADER_READ_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_READ_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    return head.subarray(0, splitHeaderSection(head).bodyOffset);
  } finally {
    await handle.close();
  }
}

async function folderSource(
  config: FolderMailboxConfig,
  deps: MailboxDeps,
  listing: FolderListing,
): Promise<{ source: FolderSource; saved: Checkpoint | undefined }> {
  const listed = await listing.read();
  const { names } = listed;
  const saved = await deps.checkpoints.load(config.id, config.path);
  const fileOf = (uid: number) => join(config.path, names[uid - 1] ?? "");
  const readEach = async (uids: readonly number[], read: (file: string) => Promise<Buffer>) => {
    const found = new Map<number, Buffer>();
    for (const uid of uids) {
      try {
        found.set(uid, await read(fileOf(uid)));
      } catch (error) {
        // Removed since the listing: like an expunged message, there is nothing left to read.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
    return found;
  };
  const source: FolderSource = {
    mailbox: config.id,
    folder: config.path,
    uidValidity: folderUidValidity(config.path, names, saved, (count) => listed.marker(count)),
    async list(fromUid) {
      const listed = [];
      for (let uid = Math.max(1, fromUid); uid <= names.length; uid++) {
        const size = await stat(fileOf(uid)).then(
          (info) => info.size,
          () => undefined,
        );
        if (size !== undefined) listed.push({ uid, sizeBytes: size });
      }
      return listed;
    },
    fetch: (uids) => readEach(uids, (file) => readFile(file)),
    fetchHeaders: (uids) => readEach(uids, headerOf),
    markerFor: (lastUid) => listed.marker(lastUid),
  };
  return { source, saved };
}

/**
 * Reads the directory once: every .eml not yet on the bus is published or dead-lettered. A
 * `listing` kept between calls spares listing the whole directory for each new file.
 */
export async function ingestFolderOnce(
  config: FolderMailboxConfig,
  deps: MailboxDeps,
  signal?: AbortSignal,
  listing = new FolderListing(config.path),
): Promise<SyncResult> {
  deps.health.set(config.id, "syncing");
  const { source, saved } = await folderSource(config, deps, listing);
  const result = await syncFolder(source, {
    ...deps,
    loaded: { checkpoint: saved },
    logger: deps.logger.child({ mailbox: config.id }),
    maxMessageBytes: config.maxMessageBytes,
    signal,
  });
  deps.health.set(config.id, "idle");
  return result;
}

/**
 * A directory of .eml files as a mailbox (the demo, replaying an archive). With `once` it is
 * read one time; otherwise it is watched for new files, with a periodic rescan because
 * fs.watch misses events on network file systems.
 */
export function startFolderMailbox(
  config: FolderMailboxConfig,
  deps: MailboxDeps,
  options: { once: boolean; rescanMs: number },
): MailboxRunner & { readonly done: Promise<void> } {
  const abort = new AbortController();
  const logger = deps.logger.child({ mailbox: config.id });
  let wake: (() => void) | undefined;
  // Set by the watcher; a change seen during a read must not wait for the next rescan.
  let changed = false;
  let watcher: FSWatcher | undefined;
  const listing = new FolderListing(config.path, options.rescanMs);
  if (!options.once) {
    try {
      watcher = watch(config.path, (_event, name) => {
        listing.changed(name ?? undefined);
        changed = true;
        wake?.();
      });
      watcher.on("error", () => {});
    } catch {
      logger.warn("cannot watch the folder, falling back to rescanning");
    }
  }

  const done = (async () => {
    while (!abort.signal.aborted) {
      try {
        changed = false;
        const result = await ingestFolderOnce(config, deps, abort.signal, listing);
        if (result.published + result.deadLettered + result.skipped + result.duplicates > 0) {
          logger.info(summary(result), "folder caught up");
        }
        if (options.once) break;
        if (changed) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(finish, options.rescanMs);
          function finish() {
            clearTimeout(timer);
            abort.signal.removeEventListener("abort", finish);
            wake = undefined;
            resolve();
          }
          wake = finish;
          abort.signal.addEventListener("abort", finish, { once: true });
        });
      } catch (error) {
        logger.warn({ err: error }, "reading the folder failed");
        listing.rescan();
        deps.health.set(config.id, "backoff");
        await sleep(RETRY_DELAY_MS, abort.signal);
      }
    }
    watcher?.close();
    deps.health.set(config.id, "stopped");
  })();

  return {
    done,
    async stop() {
      abort.abort();
      await done;
    },
  };
}

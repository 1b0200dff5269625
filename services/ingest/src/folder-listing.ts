import { createHash, type Hash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Whether a directory entry is a mail of a folder mailbox. */
const isMailFile = (name: string): boolean => name.endsWith(".eml");

/**
 * A directory's .eml names in name order, and fingerprints of their first names, kept with a
 * folder's checkpoint to notice renumbering: sha256 over them joined by newlines. The hash is
 * extended as the count grows, as it does while a folder is read, so each checkpoint hashes only
 * the names since the last one. Names may be appended, never changed.
 */
export class ListedNames {
  #hash: Hash = createHash("sha256");
  #hashed = 0;

  constructor(readonly names: readonly string[]) {}

  marker(count: number): string {
    const upTo = Math.min(count, this.names.length);
    if (upTo < this.#hashed) return new ListedNames(this.names).marker(upTo);
    for (; this.#hashed < upTo; this.#hashed++) {
      this.#hash.update(this.#hashed === 0 ? this.names[0]! : `\n${this.names[this.#hashed]!}`);
    }
    return this.#hash.copy().digest("hex").slice(0, 32);
  }
}

/** Fingerprint of the first `count` file names, kept with the checkpoint. */
export function folderMarker(names: readonly string[], count: number): string {
  return new ListedNames(names).marker(count);
}

/**
 * A watched directory's .eml names in name order, kept between reads. Listing a directory costs
 * time in proportion to its size (about 1 ms per 2,000 files), and a watched folder that gets its
 * mails one by one would pay that for every mail: a name the watcher reports after the last one
 * known is appended instead. Anything else the watcher reports (a file before the last one, a
 * known file gone, an event without a name) lists the directory again, and so does a read
 * `fullEveryMs` after the last full listing, for what the watcher missed (network file systems).
 */
export class FolderListing {
  #names: string[] = [];
  #listed: ListedNames | undefined;
  #known = new Set<string>();
  #reported = new Set<string>();
  #stale = true;
  #listedAtMs = 0;

  constructor(
    readonly path: string,
    private readonly fullEveryMs = 0,
  ) {}

  /** A watcher event: the name it reports, or undefined when it reports none. */
  changed(name: string | undefined): void {
    if (name === undefined) this.#stale = true;
    else if (isMailFile(name)) this.#reported.add(name);
  }

  /** The next read lists the whole directory (after a failure). */
  rescan(): void {
    this.#stale = true;
  }

  /** The names, after a full listing or after appending what the watcher reported. */
  async read(): Promise<ListedNames> {
    const reported = [...this.#reported].sort();
    this.#reported.clear();
    const due = this.#stale || performance.now() - this.#listedAtMs >= this.fullEveryMs;
    if (due || this.#listed === undefined || !(await this.#append(reported))) {
      // Stale from here until the listing succeeds: a failed read must not leave old names behind.
      this.#stale = true;
      this.#names = (await readdir(this.path)).filter(isMailFile).sort();
      this.#listed = new ListedNames(this.#names);
      this.#known = new Set(this.#names);
      this.#stale = false;
      this.#listedAtMs = performance.now();
    }
    return this.#listed;
  }

  /** Appends reported names that sort after the known ones; false when only a full listing will do. */
  async #append(reported: readonly string[]): Promise<boolean> {
    const names = this.#names;
    const fresh: string[] = [];
    for (const name of reported) {
      const exists = await stat(join(this.path, name)).then(
        () => true,
        () => false,
      );
      if (this.#known.has(name)) {
        // A known file written again is nothing new; one removed shifts every later number.
        if (!exists) return false;
      } else if (exists) {
        if (names.length > 0 && name < names[names.length - 1]!) return false;
        fresh.push(name);
      }
    }
    for (const name of fresh) {
      names.push(name);
      this.#known.add(name);
    }
    return true;
  }
}

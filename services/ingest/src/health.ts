/** Where a mailbox's connection stands; "idle" means connected and caught up. */
export type MailboxState = "connecting" | "syncing" | "idle" | "backoff" | "stopped";

export const MAILBOX_STATES: readonly MailboxState[] = [
  "connecting",
  "syncing",
  "idle",
  "backoff",
  "stopped",
];

/** Health of every mailbox of one ingest instance: feeds ready() and the gauges. */
export class IngestHealth {
  readonly #states = new Map<string, MailboxState>();
  /** mailbox → folder → highest UID seen minus checkpoint. */
  readonly #lag = new Map<string, Map<string, number>>();

  constructor(mailboxIds: readonly string[]) {
    for (const id of mailboxIds) this.#states.set(id, "connecting");
  }

  set(mailbox: string, state: MailboxState): void {
    this.#states.set(mailbox, state);
  }

  state(mailbox: string): MailboxState | undefined {
    return this.#states.get(mailbox);
  }

  states(): Record<string, MailboxState> {
    return Object.fromEntries(this.#states);
  }

  setLag(mailbox: string, folder: string, lag: number): void {
    let folders = this.#lag.get(mailbox);
    if (!folders) {
      folders = new Map();
      this.#lag.set(mailbox, folders);
    }
    folders.set(folder, Math.max(0, lag));
  }

  /** UIDs not yet on the bus, summed over the mailbox's folders. */
  lag(mailbox: string): number {
    let total = 0;
    for (const value of this.#lag.get(mailbox)?.values() ?? []) total += value;
    return total;
  }

  mailboxes(): string[] {
    return [...this.#states.keys()];
  }

  /** Ready while every mailbox is connected (syncing or idle); a mailbox in backoff is not. */
  ready(): boolean {
    return [...this.#states.values()].every((state) => state === "syncing" || state === "idle");
  }
}

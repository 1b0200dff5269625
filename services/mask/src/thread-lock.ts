/**
 * Runs work for one thread at a time within this process: two mails of a thread masked at once
 * would otherwise both extend the same stored table and one extension would be lost.
 */
export class ThreadLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(threadId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(threadId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.#tails.set(threadId, tail);
    void tail.then(() => {
      if (this.#tails.get(threadId) === tail) this.#tails.delete(threadId);
    });
    return next;
  }
}

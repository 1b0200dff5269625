import { TransientError } from "@poststelle/errors";

/**
 * Bounds how much work runs at once: handlers of a consumer, requests to an LLM (a vLLM server
 * batches whatever is in flight, so the limit keeps it busy without every request timing out).
 */
export class Semaphore {
  readonly limit: number;
  #inUse = 0;
  readonly #waiters: (() => void)[] = [];
  readonly #idle: (() => void)[] = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError("semaphore limit must be a positive integer");
    this.limit = limit;
  }

  get inUse(): number {
    return this.#inUse;
  }

  get waiting(): number {
    return this.#waiters.length;
  }

  /** Resolves once a slot is held; the caller must call release() exactly once afterwards. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.#inUse < this.limit) {
      this.#inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.#waiters.indexOf(grant);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(cancelled());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(grant);
    });
  }

  release(): void {
    const next = this.#waiters.shift();
    // The slot passes straight to the next waiter, so inUse stays the same.
    if (next !== undefined) next();
    else if (this.#inUse > 0) this.#inUse--;
    if (this.#inUse === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** Resolves once no slot is held (at once if none is). */
  idle(): Promise<void> {
    if (this.#inUse === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}

function cancelled(): TransientError {
  return new TransientError("cancelled", "waiting for a slot was cancelled by the caller");
}

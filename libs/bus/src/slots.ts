/** Bounds how many handlers run at once; acquire() waits for a free slot. */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  readonly #idle: (() => void)[] = [];
  readonly size: number;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError("slot count must be a positive integer");
    this.size = size;
    this.#free = size;
  }

  get inUse(): number {
    return this.size - this.#free;
  }

  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) {
      next();
      return;
    }
    this.#free++;
    if (this.#free === this.size) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** Resolves when no slot is in use. */
  idle(): Promise<void> {
    if (this.#free === this.size) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}

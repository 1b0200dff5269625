export type BreakerState = "closed" | "open" | "half-open";

/** What tryAcquire hands out; a probe is the single request let through while half-open. */
export interface BreakerTicket {
  readonly probe: boolean;
}

/**
 * Stops hammering an endpoint that is down: after `failureThreshold` consecutive failures it
 * opens and refuses requests; after `resetMs` it lets one probe through (half-open), whose outcome
 * closes or re-opens it.
 */
export class CircuitBreaker {
  readonly failureThreshold: number;
  readonly resetMs: number;
  readonly #now: () => number;
  #open = false;
  #failures = 0;
  #openedAt = 0;
  #probeInFlight = false;

  constructor(failureThreshold: number, resetMs: number, now: () => number = Date.now) {
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1) {
      throw new RangeError("breaker failure threshold must be a positive integer");
    }
    this.failureThreshold = failureThreshold;
    this.resetMs = resetMs;
    this.#now = now;
  }

  get state(): BreakerState {
    if (!this.#open) return "closed";
    return this.#now() - this.#openedAt >= this.resetMs ? "half-open" : "open";
  }

  get consecutiveFailures(): number {
    return this.#failures;
  }

  /** Milliseconds until a probe will be let through; 0 when requests pass now. */
  get retryAfterMs(): number {
    if (!this.#open) return 0;
    return Math.max(0, this.#openedAt + this.resetMs - this.#now());
  }

  /** A ticket when a request may go out now, undefined when the breaker refuses it. */
  tryAcquire(): BreakerTicket | undefined {
    const state = this.state;
    if (state === "closed") return { probe: false };
    if (state === "open" || this.#probeInFlight) return undefined;
    this.#probeInFlight = true;
    return { probe: true };
  }

  recordSuccess(ticket: BreakerTicket): void {
    if (ticket.probe) this.#probeInFlight = false;
    // A late success from before the breaker opened says little about the endpoint now.
    if (this.#open && !ticket.probe) return;
    this.#open = false;
    this.#failures = 0;
  }

  recordFailure(ticket: BreakerTicket): void {
    if (ticket.probe) {
      this.#probeInFlight = false;
      this.#openedAt = this.#now();
      return;
    }
    if (this.#open) return;
    this.#failures++;
    if (this.#failures >= this.failureThreshold) {
      this.#open = true;
      this.#openedAt = this.#now();
    }
  }

  /** The request ended without telling anything about the endpoint (e.g. cancelled by the caller). */
  release(ticket: BreakerTicket): void {
    if (ticket.probe) this.#probeInFlight = false;
  }
}

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CircuitBreaker } from "./circuit-breaker.js";

describe("CircuitBreaker", () => {
  it("walks closed → open → half-open → closed on a clock", () => {
    let now = 1_000;
    const breaker = new CircuitBreaker(2, 500, () => now);
    const first = breaker.tryAcquire()!;
    breaker.recordFailure(first);
    assert.equal(breaker.state, "closed");
    breaker.recordSuccess(breaker.tryAcquire()!);
    assert.equal(breaker.consecutiveFailures, 0, "a success resets the count");
    breaker.recordFailure(breaker.tryAcquire()!);
    breaker.recordFailure(breaker.tryAcquire()!);
    assert.equal(breaker.state, "open");
    assert.equal(breaker.tryAcquire(), undefined);
    assert.equal(breaker.retryAfterMs, 500);
    now += 499;
    assert.equal(breaker.state, "open");
    now += 1;
    assert.equal(breaker.state, "half-open");
    const probe = breaker.tryAcquire()!;
    assert.equal(probe.probe, true);
    assert.equal(breaker.tryAcquire(), undefined, "one probe at a time");
    breaker.recordSuccess(probe);
    assert.equal(breaker.state, "closed");
  });

  it("a failed probe re-opens for a full reset period; a released probe frees the slot", () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 100, () => now);
    breaker.recordFailure(breaker.tryAcquire()!);
    now = 100;
    const probe = breaker.tryAcquire()!;
    now = 150;
    breaker.recordFailure(probe);
    assert.equal(breaker.state, "open");
    assert.equal(breaker.retryAfterMs, 100);
    now = 250;
    const second = breaker.tryAcquire()!;
    breaker.release(second);
    assert.equal(breaker.tryAcquire()?.probe, true);
  });

  it("a late success from before opening does not close it", () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 100, () => now);
    const early = breaker.tryAcquire()!;
    breaker.recordFailure(breaker.tryAcquire()!);
    breaker.recordSuccess(early);
    assert.equal(breaker.state, "open");
    now = 10;
    assert.equal(breaker.tryAcquire(), undefined);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Semaphore } from "./semaphore.js";

describe("Semaphore", () => {
  it("grants up to the limit and hands slots over in order", async () => {
    const slots = new Semaphore(2);
    await slots.acquire();
    await slots.acquire();
    const order: number[] = [];
    const third = slots.acquire().then(() => order.push(3));
    const fourth = slots.acquire().then(() => order.push(4));
    assert.equal(slots.waiting, 2);
    slots.release();
    await third;
    assert.deepEqual(order, [3]);
    assert.equal(slots.inUse, 2);
    slots.release();
    await fourth;
    slots.release();
    slots.release();
    assert.equal(slots.inUse, 0);
  });

  it("a cancelled waiter leaves the queue without taking a slot", async () => {
    const slots = new Semaphore(1);
    await slots.acquire();
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort();
    await assert.rejects(waiting, { code: "cancelled" });
    assert.equal(slots.waiting, 0);
    slots.release();
    assert.equal(slots.inUse, 0);
  });

  it("idle() resolves when the last slot is released", async () => {
    const slots = new Semaphore(2);
    await slots.acquire();
    await slots.acquire();
    let idle = false;
    const waiting = slots.idle().then(() => {
      idle = true;
    });
    slots.release();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(idle, false);
    slots.release();
    await waiting;
    assert.equal(idle, true);
  });
});

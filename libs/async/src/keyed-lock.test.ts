import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KeyedLock } from "./keyed-lock.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("KeyedLock", () => {
  it("runs work of one key one after the other, other keys alongside", async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (key: string, name: string) =>
      lock.run(key, async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
      });
    await Promise.all([job("a", "a1"), job("a", "a2"), job("b", "b1")]);
    assert.ok(log.indexOf("a1 end") < log.indexOf("a2 start"), log.join(", "));
    assert.ok(log.indexOf("b1 start") < log.indexOf("a1 end"), "another key does not wait");
    assert.equal(lock.size, 0);
  });

  it("a failure does not block the next work of the key", async () => {
    const lock = new KeyedLock();
    await assert.rejects(lock.run("k", async () => Promise.reject(new Error("boom"))));
    assert.equal(await lock.run("k", async () => 42), 42);
  });
});

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { type Bus, connectBus } from "./connect.js";
import { eachStored, readStream } from "./read-stream.js";
import { declareStream } from "./topology.js";

const STREAM = "READ_TEST";
const text = {
  stream: STREAM,
  codec: {
    encode: (value: string) => ({ finish: () => new TextEncoder().encode(value) }),
    decode: (input: Uint8Array) => new TextDecoder().decode(input),
  },
};

let nats: NatsServer;
let bus: Bus;

/** More messages than one pull asks for, so a walk takes several batches. */
const STORED = 600;

before(async () => {
  nats = await startNats();
  bus = await connectBus({ servers: nats.url, name: "read-stream-test" });
  await declareStream(bus.jsm, {
    name: STREAM,
    subjects: ["read.test"],
    maxAgeMs: 3_600_000,
    duplicateWindowMs: 60_000,
  });
  for (let n = 1; n <= STORED; n++) await bus.js.publish("read.test", `m${n}`);
  // Gaps: deleted messages, one of them the last, are stepped over.
  for (const seq of [3, 4, 300, STORED]) await bus.jsm.streams.deleteMessage(STREAM, seq);
});

after(async () => {
  await bus?.close();
  await nats?.stop();
});

const sequences = async (options: Parameters<typeof readStream>[2]) =>
  (await readStream(bus, text, options)).map((stored) => stored.sequence);

test("a stream is read whole, in order, across batches and over deleted messages", async () => {
  const stored = await readStream(bus, text);
  assert.equal(stored.length, STORED - 4);
  assert.deepEqual(
    stored.slice(0, 3).map((s) => [s.sequence, s.event, s.subject]),
    [
      [1, "m1", "read.test"],
      [2, "m2", "read.test"],
      [5, "m5", "read.test"],
    ],
  );
  assert.equal(stored.at(-1)?.event, `m${STORED - 1}`);
  assert.ok(!stored.some((s) => s.sequence === 300));
  assert.ok(stored.every((s, i) => i === 0 || s.sequence > (stored[i - 1]?.sequence ?? 0)));
});

test("from, limit and last count sequences, gaps included", async () => {
  assert.deepEqual(await sequences({ fromSequence: 298, limit: 4 }), [298, 299, 301]);
  assert.deepEqual(await sequences({ last: 3 }), [STORED - 2, STORED - 1]);
  assert.deepEqual(await sequences({ limit: 5 }), [1, 2, 5]);
  assert.deepEqual(await sequences({ fromSequence: STORED + 10 }), []);
});

test("a walk stopped early leaves no consumer on the server", async () => {
  let seen = 0;
  for await (const _ of eachStored(bus, text)) if (++seen === 10) break;
  await readStream(bus, text, { last: 50 });
  const left = await (await bus.jsm.consumers.list(STREAM)).next();
  assert.deepEqual(left, []);
});

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DeadLetters, Events } from "@poststelle/contracts";
import { PermanentError, TransientError } from "@poststelle/errors";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { type Bus, connectBus } from "./connect.js";
import { consumeEvents } from "./consume.js";
import { publishEvent } from "./publish.js";
import { readStream } from "./read-stream.js";
import { consumerOptions, sampleIngested, waitFor } from "./test-events.js";
import { declarePipeline, declareStream } from "./topology.js";

const TOPOLOGY = { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 };

async function deadLetters(bus: Bus) {
  return (await readStream(bus, DeadLetters)).map((stored) => stored.event);
}

describe("bus against a real nats-server", () => {
  let nats: NatsServer;
  let bus: Bus;

  before(async () => {
    nats = await startNats();
    bus = await connectBus({ servers: nats.url, name: "bus-test" });
    await declarePipeline(bus, TOPOLOGY);
  });

  after(async () => {
    await bus?.close();
    await nats?.stop();
  });

  test("declaring the topology again is idempotent and applies changed limits", async () => {
    await declarePipeline(bus, TOPOLOGY);
    await declareStream(bus.jsm, {
      name: Events.ingested.stream,
      subjects: [Events.ingested.subject],
      maxAgeMs: 7_200_000,
      duplicateWindowMs: 600_000,
    });
    const info = await bus.jsm.streams.info(Events.ingested.stream);
    assert.equal(info.config.max_age, 7_200_000 * 1_000_000);
    await declarePipeline(bus, TOPOLOGY);
    const restored = await bus.jsm.streams.info(Events.ingested.stream);
    assert.equal(restored.config.max_age, 3_600_000 * 1_000_000);
  });

  test("a retried publish is not duplicated", async () => {
    const event = sampleIngested(1);
    const first = await publishEvent(bus, Events.ingested, event);
    const second = await publishEvent(bus, Events.ingested, event);
    assert.equal(first.duplicate, false);
    assert.equal(second.duplicate, true);
    assert.equal(second.sequence, first.sequence);

    const seen: string[] = [];
    const consumer = await consumeEvents(
      bus,
      consumerOptions("dedupe", async (e) => {
        seen.push(e.meta!.mailId);
      }),
    );
    await waitFor(() => seen.length >= 1, 5_000, "the event");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await consumer.stop();
    assert.deepEqual(seen, [event.meta!.mailId]);
  });

  test("a nak'd message comes back after its delay", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    const deliveries: { count: number; at: number }[] = [];
    const consumer = await consumeEvents(
      bus,
      consumerOptions("nak-delay", async (_e, ctx) => {
        deliveries.push({ count: ctx.deliveryCount, at: Date.now() });
        if (ctx.deliveryCount === 1)
          throw new TransientError("test.flaky", "first attempt fails", { retryAfterMs: 700 });
      }),
    );
    await publishEvent(bus, Events.ingested, sampleIngested(2));
    await waitFor(() => deliveries.length >= 2, 5_000, "the redelivery");
    await consumer.stop();
    const [first, second] = deliveries;
    assert.equal(first?.count, 1);
    assert.equal(second?.count, 2);
    const delayMs = second!.at - first!.at;
    assert.ok(delayMs >= 650, `redelivered after ${delayMs} ms, expected about 700 ms`);
    assert.ok(delayMs < 3_000, `redelivered after ${delayMs} ms, far later than asked`);
  });

  test("a poison message is dead-lettered with its reason after max_deliver; the rest flows on", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    await bus.jsm.streams.purge(DeadLetters.stream);
    const poison = sampleIngested(1000);
    const attempts: number[] = [];
    const done = new Set<number>();
    let poisonGaveUpAt = 0;
    const consumer = await consumeEvents(
      bus,
      consumerOptions(
        "poison",
        async (e, ctx) => {
          const uid = e.meta!.ref!.uid;
          if (uid === 1000) {
            attempts.push(ctx.deliveryCount);
            if (ctx.deliveryCount === 3) poisonGaveUpAt = Date.now();
            throw new Error("handler bug that never goes away");
          }
          done.add(uid);
        },
        { backoffMs: [300, 600], concurrency: 2 },
      ),
    );
    await publishEvent(bus, Events.ingested, poison);
    for (let uid = 1; uid <= 30; uid++) await publishEvent(bus, Events.ingested, sampleIngested(2000 + uid));
    await waitFor(() => done.size === 30, 10_000, "the healthy messages");
    const healthyDoneAt = Date.now();
    await waitFor(() => poisonGaveUpAt > 0, 10_000, "the last attempt");
    await waitFor(async () => (await deadLetters(bus)).length > 0, 5_000, "the dead letter");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await consumer.stop();
    const letters = await deadLetters(bus);

    assert.deepEqual(attempts, [1, 2, 3]);
    assert.ok(healthyDoneAt <= poisonGaveUpAt, "healthy messages waited behind the poison message");
    assert.equal(letters.length, 1);
    const letter = letters[0]!;
    assert.equal(letter.stage, "test");
    assert.equal(letter.reasonCode, "bus.retries_exhausted");
    assert.match(letter.reason, /gave up after 3 attempts/);
    assert.doesNotMatch(letter.reason, /handler bug/, "foreign error messages stay out of reasons");
    assert.equal(letter.deliveryCount, 3);
    assert.equal(letter.meta?.mailId, poison.meta!.mailId);
    assert.deepEqual(Events.ingested.codec.decode(letter.originalPayload), poison);
  });

  test("a permanent error dead-letters at once, without retries, and the message is done with", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    await bus.jsm.streams.purge(DeadLetters.stream);
    let calls = 0;
    const ackWaitMs = 500;
    const consumer = await consumeEvents(
      bus,
      consumerOptions(
        "permanent",
        async () => {
          calls++;
          throw new PermanentError("mail.malformed", "no parsable MIME structure");
        },
        { ackWaitMs },
      ),
    );
    const event = sampleIngested(3);
    await publishEvent(bus, Events.ingested, event);
    await waitFor(async () => (await deadLetters(bus)).length === 1, 5_000, "the dead letter");
    // Terminated, not merely left: past its ack wait it must not come back for a second dead letter.
    await new Promise((resolve) => setTimeout(resolve, ackWaitMs * 3));
    const info = await bus.jsm.consumers.info(Events.ingested.stream, "permanent");
    await consumer.stop();
    assert.equal(info.num_ack_pending, 0);
    assert.equal(info.num_redelivered, 0);
    assert.equal((await deadLetters(bus)).length, 1);
    const [letter] = await deadLetters(bus);
    assert.equal(calls, 1);
    assert.equal(letter?.reasonCode, "mail.malformed");
    assert.equal(letter?.reason, "mail.malformed: no parsable MIME structure");
    assert.equal(letter?.deliveryCount, 1);
  });

  test("a message whose handler never returned (crash loop) is dead-lettered on the extra delivery", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    await bus.jsm.streams.purge(DeadLetters.stream);
    const options = consumerOptions(
      "crash-loop",
      async () => {
        handled++;
      },
      { ackWaitMs: 300, maxDeliver: 3 },
    );
    let handled = 0;
    // Declare the durable as the consume loop would, then play three crashed processes: each
    // takes the message and dies without ack or nak.
    const first = await consumeEvents(bus, { ...options, handler: async () => new Promise(() => {}) });
    await first.stop().catch(() => {});
    await publishEvent(bus, Events.ingested, sampleIngested(4));
    const raw = await bus.js.consumers.get(Events.ingested.stream, "crash-loop");
    for (let crash = 1; crash <= 3; crash++) {
      const msg = await raw.next({ expires: 5_000 });
      assert.equal(msg?.info.deliveryCount, crash);
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    const consumer = await consumeEvents(bus, options);
    await waitFor(async () => (await deadLetters(bus)).length === 1, 5_000, "the dead letter");
    await consumer.stop();
    const [letter] = await deadLetters(bus);
    assert.equal(handled, 0, "the handler must not run a fourth time");
    assert.equal(letter?.reasonCode, "bus.retries_exhausted");
    assert.equal(letter?.deliveryCount, 4);
  });

  test("concurrency stays within its bound", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    let running = 0;
    let peak = 0;
    let done = 0;
    const consumer = await consumeEvents(
      bus,
      consumerOptions(
        "bounded",
        async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 30));
          running--;
          done++;
        },
        { concurrency: 3 },
      ),
    );
    for (let uid = 1; uid <= 40; uid++) await publishEvent(bus, Events.ingested, sampleIngested(3000 + uid));
    await waitFor(() => done === 40, 10_000, "all messages");
    await consumer.stop();
    assert.equal(peak, 3);
  });

  test("close() lets in-flight handlers finish and ack before the connection drains", async () => {
    await bus.jsm.streams.purge(Events.ingested.stream);
    const other = await connectBus({ servers: nats.url, name: "drain-test" });
    let started = 0;
    let finished = 0;
    await consumeEvents(
      other,
      consumerOptions("drain", async () => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, 500));
        finished++;
      }),
    );
    for (let uid = 1; uid <= 4; uid++) await publishEvent(bus, Events.ingested, sampleIngested(4000 + uid));
    await waitFor(() => started === 4, 5_000, "handlers to start");
    await other.close();
    assert.equal(finished, 4);
    const info = await bus.jsm.consumers.info(Events.ingested.stream, "drain");
    assert.equal(info.num_ack_pending, 0);
    assert.equal(info.num_pending, 0);
    assert.equal(info.num_redelivered, 0);
  });
});

describe("bus across a nats-server SIGKILL and restart", () => {
  test("a consumer outlives the restart without losing a message", async () => {
    const nats = await startNats();
    const bus = await connectBus({ servers: nats.url, name: "restart-test" });
    try {
      await declarePipeline(bus, TOPOLOGY);
      const received = new Set<number>();
      await consumeEvents(
        bus,
        consumerOptions("restart", async (e) => {
          received.add(e.meta!.ref!.uid);
        }),
      );
      const total = 200;
      const publishing = (async () => {
        for (let uid = 1; uid <= total; uid++) {
          await publishEvent(bus, Events.ingested, sampleIngested(uid));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      await waitFor(() => received.size >= 50, 10_000, "the first messages");
      await nats.kill("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await nats.restart();
      await publishing;
      await waitFor(() => received.size === total, 30_000, `all ${total} messages (have ${received.size})`);
      const info = await bus.jsm.streams.info(Events.ingested.stream);
      assert.equal(info.state.messages, total, "each mail stored once");
      assert.equal(received.size, total);
    } finally {
      await bus.close();
      await nats.stop();
    }
  });
});

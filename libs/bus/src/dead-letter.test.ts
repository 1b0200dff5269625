import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DeadLetters, Events } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { type Bus, connectBus } from "./connect.js";
import { consumeEvents } from "./consume.js";
import { publishDeadLetter, readDeadLetters, replayDeadLetter } from "./dead-letter.js";
import { publishBytes, publishEvent } from "./publish.js";
import { consumerOptions, sampleIngested, waitFor } from "./test-events.js";
import { declarePipeline } from "./topology.js";

describe("replaying dead letters against a real nats-server", () => {
  let nats: NatsServer;
  let bus: Bus;

  before(async () => {
    nats = await startNats();
    bus = await connectBus({ servers: nats.url, name: "dead-letter-test" });
    await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  });
  after(async () => {
    await bus?.close();
    await nats?.stop();
  });

  test("a replayed dead letter is handled again with fresh retries and leaves the stream", async () => {
    let down = true;
    const handled: { uid: number; deliveryCount: number }[] = [];
    const consumer = await consumeEvents(
      bus,
      consumerOptions("replay", async (event, ctx) => {
        if (down) throw new PermanentError("test.down", "the mail server is down");
        handled.push({ uid: event.meta!.ref!.uid, deliveryCount: ctx.deliveryCount });
      }),
    );
    try {
      await publishEvent(bus, Events.ingested, sampleIngested(1));
      await publishEvent(bus, Events.ingested, sampleIngested(2));
      await waitFor(async () => (await readDeadLetters(bus)).length === 2, 5_000, "two dead letters");
      // Ingest's unparseable mail never reached the bus: there is nothing to put back.
      await publishDeadLetter(bus, {
        stage: "ingest",
        reasonCode: "mail.malformed",
        reason: "mail.malformed: no parsable MIME structure",
        originalPayload: new Uint8Array([1, 2, 3]),
      });
      assert.equal((await readDeadLetters(bus, { stage: "test" })).length, 2);

      down = false;
      const [first, second, ingest] = await readDeadLetters(bus);
      // A replay cut off after its publish, before the removal: run again, it must not double.
      await publishBytes(bus, first!.letter.originalSubject, first!.letter.originalPayload, {
        msgId: `replay:${DeadLetters.stream}:${first!.sequence}`,
      });
      const outcomes = [
        await replayDeadLetter(bus, first!),
        await replayDeadLetter(bus, second!),
        await replayDeadLetter(bus, ingest!),
      ];
      assert.deepEqual(outcomes, ["replayed", "replayed", "not_on_the_bus"]);
      await waitFor(() => handled.length >= 2, 5_000, "the replayed messages");
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(
        handled.sort((a, b) => a.uid - b.uid),
        [
          { uid: 1, deliveryCount: 1 },
          { uid: 2, deliveryCount: 1 },
        ],
        "each handled once more, as a new message",
      );
      const left = await readDeadLetters(bus);
      assert.deepEqual(
        left.map((s) => s.letter.stage),
        ["ingest"],
      );
    } finally {
      await consumer.stop();
    }
  });
});

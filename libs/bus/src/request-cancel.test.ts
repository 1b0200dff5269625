import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { RequestError, RequestOne, TimeoutError } from "@nats-io/nats-core/internal";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { type Bus, connectBus } from "./connect.js";

/** What RequestOne.cancel touches, so the rejection it makes can be caught. */
function cancelTarget() {
  const rejected: unknown[] = [];
  const target = {
    timer: undefined,
    mux: { cancel: () => undefined },
    deferred: { reject: (e: unknown) => rejected.push(e) },
  };
  return { target, rejected };
}

describe("request cancel without a new error per request", () => {
  let nats: NatsServer;
  let bus: Bus;

  before(async () => {
    nats = await startNats();
    bus = await connectBus({ servers: nats.url, name: "request-cancel-test" });
  });

  after(async () => {
    await bus?.close();
    await nats?.stop();
  });

  test("a plain cancel reuses one RequestError; a cancel with a cause keeps it", () => {
    const { target, rejected } = cancelTarget();
    const cancel = RequestOne.prototype.cancel;
    cancel.call(target as unknown as RequestOne);
    cancel.call(target as unknown as RequestOne);
    const cause = new Error("connection closed");
    cancel.call(target as unknown as RequestOne, cause);
    assert.ok(rejected[0] instanceof RequestError);
    assert.equal((rejected[0] as Error).message, "cancelled");
    assert.equal(rejected[1], rejected[0], "the same error both times: nothing built per request");
    assert.equal(rejected[2], cause);
  });

  test("requests still get their answer, their timeout and their no-responders error", async () => {
    const sub = bus.nc.subscribe("echo", { callback: (_err, msg) => void msg.respond(msg.data) });
    bus.nc.subscribe("silent", { callback: () => undefined });
    await bus.nc.flush();
    for (let i = 0; i < 3; i++) {
      const reply = await bus.nc.request("echo", `ping ${i}`, { timeout: 2_000 });
      assert.equal(reply.string(), `ping ${i}`);
    }
    await assert.rejects(bus.nc.request("silent", "x", { timeout: 100 }), TimeoutError);
    await assert.rejects(bus.nc.request("nobody.listens", "x", { timeout: 2_000 }), (error: unknown) => {
      assert.ok(error instanceof RequestError);
      assert.ok(error.isNoResponders());
      return true;
    });
    sub.unsubscribe();
  });
});

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { after, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { type NatsServer, startNats } from "./nats.js";
import { tcpAccepts } from "./server-process.js";

describe("startNats", () => {
  const servers: NatsServer[] = [];
  after(async () => {
    for (const server of servers) await server.stop();
  });

  it("runs JetStream, and a SIGKILL + restart keeps the stream's messages on the same URL", async () => {
    const server = await startNats();
    servers.push(server);
    assert.match(server.url, /^nats:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.url, `nats://127.0.0.1:${server.port}`);

    const nc = await connect({ servers: server.url });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: "PROBE", subjects: ["probe.>"] });
    const js = jetstream(nc);
    const first = await js.publish("probe.a", "one");
    const second = await js.publish("probe.b", "two");
    assert.equal(first.seq, 1);
    assert.equal(second.seq, 2);
    await nc.close();

    await server.kill();
    assert.equal(await tcpAccepts("127.0.0.1", server.port), false, "killed server still accepts");
    await server.restart();

    const again = await connect({ servers: server.url });
    const info = await (await jetstreamManager(again)).streams.info("PROBE");
    assert.equal(info.state.messages, 2);
    const stored = await (await jetstreamManager(again)).streams.getMessage("PROBE", { seq: 2 });
    assert.equal(stored?.string(), "two");
    await again.close();
  });

  it("SIGSTOP freezes the server until SIGCONT; restart() of a running server works", async () => {
    const server = await startNats({ jetstream: false });
    servers.push(server);
    const nc = await connect({ servers: server.url });
    await server.kill("SIGSTOP");
    const frozen = await Promise.race([nc.flush().then(() => "answered"), sleep(300).then(() => "silent")]);
    assert.equal(frozen, "silent");
    await server.kill("SIGCONT");
    await nc.flush();
    await nc.close();

    await server.restart();
    const again = await connect({ servers: server.url });
    await again.flush();
    await again.close();
  });

  it("appends extra config, e.g. user authorization", async () => {
    const server = await startNats({
      jetstream: false,
      config: 'authorization { users = [ { user: "svc", password: "pw-1" } ] }',
    });
    servers.push(server);
    await assert.rejects(connect({ servers: server.url, user: "svc", pass: "wrong" }));
    const nc = await connect({ servers: server.url, user: "svc", pass: "pw-1" });
    await nc.flush();
    await nc.close();
  });

  it("stop() removes the store and log and is idempotent", async () => {
    const server = await startNats();
    assert.ok(existsSync(server.storeDir));
    assert.match(readFileSync(server.logFile, "utf8"), /Server is ready/);
    await server.stop();
    await server.stop();
    assert.equal(existsSync(server.storeDir), false);
    assert.equal(existsSync(server.logFile), false);
    assert.equal(await tcpAccepts("127.0.0.1", server.port), false);
  });

  it("fails with the log tail when the config is invalid", async () => {
    await assert.rejects(
      startNats({ config: "this is { not valid" }),
      /nats-server exited during start.*log tail/s,
    );
  });
});

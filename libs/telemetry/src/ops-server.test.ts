import assert from "node:assert/strict";
import { after, test } from "node:test";
import { PoststelleError } from "@poststelle/errors";
import { serveOps } from "./ops-server.js";
import { startTelemetry } from "./telemetry.js";

const logLines: string[] = [];
const telemetry = startTelemetry({
  serviceName: "poststelle-ops-test",
  serviceVersion: "1.2.3",
  logDestination: { write: (line: string) => logLines.push(line) },
});
after(() => telemetry.shutdown());

function counterValue(metricsText: string, name: string, label: string): number | undefined {
  const line = metricsText
    .split("\n")
    .find((candidate) => candidate.startsWith(`${name}{`) && candidate.includes(label));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

test("/metrics shows counters created through telemetry.meter(), with their current value", async (t) => {
  const ops = await serveOps({ port: 0, host: "127.0.0.1", telemetry });
  t.after(() => ops.close());
  const counter = telemetry.meter("ops-test").createCounter("poststelle_test_mails", {
    description: "mails seen by the test",
  });
  counter.add(3, { stage: "mask" });

  const first = await fetch(`${ops.url}/metrics`);
  assert.equal(first.status, 200);
  assert.match(first.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
  const firstText = await first.text();
  assert.equal(counterValue(firstText, "poststelle_test_mails_total", 'stage="mask"'), 3, firstText);
  assert.match(
    firstText,
    /target_info\{[^}]*service_name="poststelle-ops-test"[^}]*service_version="1\.2\.3"/,
  );

  counter.add(2, { stage: "mask" });
  const secondText = await (await fetch(`${ops.url}/metrics`)).text();
  assert.equal(counterValue(secondText, "poststelle_test_mails_total", 'stage="mask"'), 5);
});

test("/healthz answers 200 and /readyz follows readiness()", async (t) => {
  let ready = false;
  let failing = false;
  const ops = await serveOps({
    port: 0,
    host: "127.0.0.1",
    telemetry,
    readiness: async () => {
      if (failing) throw new Error("nats connect refused");
      return ready;
    },
  });
  t.after(() => ops.close());

  assert.equal((await fetch(`${ops.url}/healthz`)).status, 200);
  assert.equal((await fetch(`${ops.url}/readyz`)).status, 503);
  ready = true;
  assert.equal((await fetch(`${ops.url}/readyz`)).status, 200);
  failing = true;
  assert.equal((await fetch(`${ops.url}/readyz`)).status, 503, "a throwing readiness check means not ready");
  assert.ok(
    logLines.some((line) => line.includes("readiness check failed")),
    "the failure is logged",
  );
  assert.ok(!logLines.join("").includes("nats connect refused"), "without the foreign message");
  assert.equal((await fetch(`${ops.url}/nope`)).status, 404);
  assert.equal((await fetch(`${ops.url}/healthz`, { method: "POST" })).status, 405);
});

test("without readiness() the server is ready once it listens", async () => {
  const ops = await serveOps({ port: 0, host: "127.0.0.1", telemetry });
  assert.equal((await fetch(`${ops.url}/readyz`)).status, 200);
  await ops.close();
  await assert.rejects(fetch(`${ops.url}/healthz`), "closed means closed, even with keep-alive clients");
});

test("a port in use fails with a coded error", async (t) => {
  const first = await serveOps({ port: 0, host: "127.0.0.1", telemetry });
  t.after(() => first.close());
  await assert.rejects(serveOps({ port: first.port, host: "127.0.0.1", telemetry }), (error: unknown) => {
    assert.ok(error instanceof PoststelleError);
    assert.equal(error.code, "ops.listen_failed");
    assert.match(error.message, /EADDRINUSE/);
    return true;
  });
});

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import type { UnmaskRequest } from "@poststelle/contracts";
import { PermanentError, TransientError } from "@poststelle/errors";
import { startTelemetry, type Telemetry } from "@poststelle/telemetry";
import { connectPrivacyService, type PrivacyOperations, servePrivacyService } from "./privacy-grpc.js";
import { InProcessServices, preferInProcessPrivacy } from "./privacy-local.js";

// Operations that say who answered: the test is about which way a call goes, not about masking.
function answeringAs(name: string): PrivacyOperations {
  return {
    async mask(request) {
      return { masked: `${name}:${request.text}`, entities: [] };
    },
    async unmask(request) {
      const [first] = request.texts;
      if (first === "bad") throw new PermanentError("privacy.too_long", "text exceeds the limit");
      if (first === "bug") throw new Error("secret detail max@example.com");
      return {
        texts: request.texts.map((text) => ({
          text: `${name}:${text}`,
          restored: 0,
          unknownPlaceholders: [],
          addressKey: "",
        })),
      };
    },
    async forget() {
      return { erasedEntries: name.length, erasedThreads: 0, threadIds: [] };
    },
  };
}

const unmaskRequest = (text: string): UnmaskRequest => ({ threadId: "t_1", texts: [text] });
const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
before(() => {
  telemetry = startTelemetry({
    serviceName: "privacy-local-test",
    spanExporter: exporter,
    logLevel: "silent",
  });
});
after(() => telemetry?.shutdown());

test("a service in a process of its own keeps the gRPC client", () => {
  const remote = connectPrivacyService({ address: "127.0.0.1:1" });
  assert.equal(preferInProcessPrivacy(undefined, remote), remote);
  remote.close();
});

test("calls go over gRPC until mask runs in the process, then stay in it", async () => {
  const server = await servePrivacyService(answeringAs("grpc"), { host: "127.0.0.1", port: 0 });
  const services = new InProcessServices();
  const privacy = preferInProcessPrivacy(
    services,
    connectPrivacyService({ address: `127.0.0.1:${server.port}` }),
  );
  try {
    assert.equal((await privacy.unmask(unmaskRequest("a"))).texts[0]?.text, "grpc:a");
    services.privacy = answeringAs("local");
    await server.stop();
    // The server is gone: these can only have been answered in the process.
    assert.equal((await privacy.unmask(unmaskRequest("b"))).texts[0]?.text, "local:b");
    assert.equal(
      (await privacy.mask({ threadId: "t", text: "c", language: "", knownNames: [] })).masked,
      "local:c",
    );
    assert.equal(
      (await privacy.forget({ subject: { $case: "threadId", value: "t" } })).erasedEntries,
      "local".length,
    );
  } finally {
    privacy.close();
    await server.stop();
  }
});

test("an in-process call is traced like the served one, inside the caller's trace", async () => {
  exporter.reset();
  const services = new InProcessServices();
  services.privacy = answeringAs("local");
  const privacy = preferInProcessPrivacy(services, connectPrivacyService({ address: "127.0.0.1:1" }));
  await trace.getTracer("test").startActiveSpan("process mail.drafted", async (parent) => {
    await privacy.unmask(unmaskRequest("a"));
    parent.end();
  });
  privacy.close();
  const spans = exporter.getFinishedSpans();
  const call = spans.find((s) => s.name === "poststelle.v1.PrivacyService/Unmask");
  const parent = spans.find((s) => s.name === "process mail.drafted");
  assert.ok(call && parent, `spans: ${spans.map((s) => s.name).join(", ")}`);
  assert.equal(call.kind, SpanKind.INTERNAL);
  assert.equal(call.spanContext().traceId, parent.spanContext().traceId);
  assert.equal(call.parentSpanContext?.spanId, parent.spanContext().spanId);
  assert.equal(call.attributes["rpc.method"], "Unmask");
});

test("in-process errors keep their kind; foreign ones lose their message, as over gRPC", async () => {
  exporter.reset();
  const services = new InProcessServices();
  services.privacy = answeringAs("local");
  const privacy = preferInProcessPrivacy(services, connectPrivacyService({ address: "127.0.0.1:1" }));
  await assert.rejects(privacy.unmask(unmaskRequest("bad")), (error: Error) => {
    assert.ok(error instanceof PermanentError);
    assert.equal(error.code, "privacy.too_long");
    return true;
  });
  await assert.rejects(privacy.unmask(unmaskRequest("bug")), (error: Error) => {
    assert.ok(error instanceof TransientError);
    assert.doesNotMatch(error.message, /example\.com|secret detail/);
    return true;
  });
  privacy.close();
  const failed = exporter.getFinishedSpans();
  assert.deepEqual(
    failed.map((s) => [s.status.code, s.attributes["error.type"]]),
    [
      [SpanStatusCode.ERROR, "privacy.too_long"],
      [SpanStatusCode.ERROR, "unexpected.Error"],
    ],
  );
  assert.ok(failed.every((s) => !JSON.stringify(s.attributes).includes("example.com")));
});

import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { metrics } from "@opentelemetry/api";
import { AggregationTemporality, MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import { startTestLlm } from "@poststelle/test-support";
import { createChatClient } from "./index.js";

class CollectingReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

describe("chat client metrics", () => {
  const reader = new CollectingReader();
  const provider = new MeterProvider({ readers: [reader] });
  metrics.setGlobalMeterProvider(provider);
  after(async () => {
    await provider.shutdown();
    metrics.disable();
  });

  it("records latency, tokens, errors by code and breaker state, labelled only by endpoint, model, code", async () => {
    const llm = await startTestLlm();
    try {
      const client = createChatClient(
        {
          baseUrl: llm.baseUrl,
          model: "m-1",
          timeoutMs: 1_000,
          maxRetries: 0,
          retryBackoffMs: 1,
          concurrency: 2,
          breakerFailureThreshold: 5,
          breakerResetMs: 1_000,
          temperature: 0,
          maxTokens: 50,
        },
        { name: "classify" },
      );
      const mailText = "Kunde Erika Musterfrau, Bestellung 4711";
      llm.enqueue({ content: "fine", promptTokens: 30, completionTokens: 5 }, { status: 503 });
      await client.complete({ messages: [{ role: "user", content: mailText }] });
      await assert.rejects(client.complete({ messages: [{ role: "user", content: mailText }] }));

      const { resourceMetrics } = await reader.collect();
      const found = new Map(
        resourceMetrics.scopeMetrics
          .filter((scope) => scope.scope.name === "poststelle.llm")
          .flatMap((scope) => scope.metrics)
          .map((metric) => [metric.descriptor.name, metric.dataPoints] as const),
      );
      for (const [name, points] of found) {
        for (const point of points) {
          for (const [key, value] of Object.entries(point.attributes)) {
            assert.ok(["endpoint", "model", "code"].includes(key), `${name} has label ${key}`);
            assert.doesNotMatch(String(value), /Musterfrau|4711/);
          }
        }
      }
      const tokens = found.get("poststelle.llm.prompt_tokens")?.[0];
      assert.equal(tokens?.value, 30);
      assert.deepEqual(tokens?.attributes, { endpoint: "classify", model: "m-1" });
      const errors = found.get("poststelle.llm.errors") ?? [];
      assert.deepEqual(
        errors.map((p) => [p.attributes["code"], p.value]),
        [["llm.http_5xx", 1]],
      );
      const durations = found.get("poststelle.llm.request.duration") ?? [];
      assert.deepEqual(durations.map((p) => p.attributes["code"]).sort(), ["llm.http_5xx", "ok"]);
      assert.equal(found.get("poststelle.llm.breaker.state")?.[0]?.value, 0);
      client.close();
    } finally {
      await llm.stop();
    }
  });
});

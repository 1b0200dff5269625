import assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { describe, it } from "node:test";
import { createChatClient } from "@poststelle/llm";
import { startTestLlm } from "@poststelle/test-support";
import { loadFixtureDepartments } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";
import { classifyJsonl } from "./jsonl.js";

const departments = loadFixtureDepartments();
const fallback = trainFallbackClassifier(departments, [], { exclude: ["triage"] });
const triage = { department: "triage", minConfidence: 0.45 };

async function run(lines: string[], ctx: Parameters<typeof classifyJsonl>[2], concurrency?: number) {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const summary = await classifyJsonl(Readable.from([`${lines.join("\r\n")}\n`]), output, ctx, {
    concurrency,
  });
  output.end();
  const written = chunks
    .join("")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { summary, written };
}

describe("classifyJsonl", () => {
  it("writes one result per line in input order, and an error object for bad lines", async () => {
    const lines = [
      JSON.stringify({
        id: "a",
        subject: "Retoure",
        body: "Ich möchte die Jacke zurückschicken, bitte ein Retourenetikett.",
        from: "x@kunden.example",
        to: "service@example.com",
      }),
      "{not json",
      "",
      JSON.stringify({ id: 7, subject: 42, body: "x" }),
      JSON.stringify({
        id: "d",
        body: "Please delete all my personal data under the GDPR.",
        to: ["privacy@example.com"],
      }),
      JSON.stringify({ id: "e" }),
    ];
    const rules = [
      { name: "privacy-address", department: "privacy", match: { to: ["privacy@example.com"] } },
    ];
    const { summary, written } = await run(lines, { departments, rules, triage, fallback }, 2);
    assert.deepEqual(summary, { lines: 5, classified: 2, failed: 3 });
    assert.equal(written.length, 5);
    assert.deepEqual(Object.keys(written[0]!), [
      "id",
      "department",
      "intent",
      "priority",
      "language",
      "sentiment",
      "confidence",
      "decided_by",
    ]);
    assert.equal(written[0]!["id"], "a");
    assert.equal(written[0]!["department"], "returns");
    assert.equal(written[0]!["decided_by"], "fallback");
    assert.equal(written[0]!["language"], "de");
    assert.deepEqual(written[1], { error: "input.invalid_json" });
    assert.deepEqual(written[2], { id: 7, error: "input.invalid_mail" });
    assert.equal(written[3]!["department"], "privacy");
    assert.equal(written[3]!["decided_by"], "rule");
    assert.deepEqual(written[4], { id: "e", error: "input.invalid_mail" });
  });

  it("goes through the LLM when one is configured, several at a time", async () => {
    const llm = await startTestLlm({ latencyMs: 30 });
    try {
      llm.answerWith(() => ({
        content: JSON.stringify({
          department: "sales",
          intent: "quote_request",
          priority: "normal",
          language: "en",
          sentiment: "positive",
          confidence: 0.88,
          reason: "Asks for a quote.",
        }),
      }));
      const client = createChatClient({
        baseUrl: llm.baseUrl,
        model: "m",
        timeoutMs: 2_000,
        maxRetries: 0,
        retryBackoffMs: 1,
        concurrency: 4,
        breakerFailureThreshold: 5,
        breakerResetMs: 1_000,
        temperature: 0,
        maxTokens: 100,
      });
      const lines = Array.from({ length: 12 }, (_, i) =>
        JSON.stringify({ id: `m${i}`, subject: "Quote", body: "We need 50 units, please send a quote." }),
      );
      const { summary, written } = await run(
        lines,
        { departments, rules: [], triage, llm: client, fallback },
        4,
      );
      assert.equal(summary.classified, 12);
      assert.deepEqual(
        written.map((line) => line["id"]),
        lines.map((_, i) => `m${i}`),
      );
      assert.ok(written.every((line) => line["decided_by"] === "llm" && line["department"] === "sales"));
      assert.equal(llm.maxInFlight, 4);
    } finally {
      await llm.stop();
    }
  });
});

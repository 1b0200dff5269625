import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { PermanentError, TransientError } from "@poststelle/errors";
import { startTestLlm, type TestLlm } from "@poststelle/test-support";
import { type ChatEndpoint, createChatClient } from "./index.js";

function endpoint(llm: TestLlm, overrides: Partial<ChatEndpoint> = {}): ChatEndpoint {
  return {
    baseUrl: llm.baseUrl,
    model: "qwen-test",
    timeoutMs: 2_000,
    maxRetries: 2,
    retryBackoffMs: 10,
    concurrency: 4,
    breakerFailureThreshold: 5,
    breakerResetMs: 200,
    temperature: 0,
    maxTokens: 300,
    ...overrides,
  };
}

const messages = [
  { role: "system" as const, content: "You classify mail." },
  { role: "user" as const, content: "Wo ist meine Bestellung?" },
];
const schema = {
  type: "object",
  properties: { department: { type: "string", enum: ["orders", "billing"] } },
  required: ["department"],
  additionalProperties: false,
};

describe("chat client", () => {
  let llm: TestLlm;
  before(async () => {
    llm = await startTestLlm();
  });
  after(async () => {
    await llm.stop();
  });
  beforeEach(() => {
    llm.latencyMs = 0;
    llm.answerWith(() => ({ content: '{"department":"orders"}', promptTokens: 42, completionTokens: 7 }));
  });

  it("sends an OpenAI-compatible request with a strict JSON schema and no guided_* fields", async () => {
    const client = createChatClient(endpoint(llm, { apiKey: { reveal: () => "sk-test-123" } }), {
      name: "classify",
    });
    const result = await client.complete({ messages, jsonSchema: { name: "classification", schema } });
    const sent = llm.requests.at(-1)!;
    assert.equal(sent.body.model, "qwen-test");
    assert.deepEqual(sent.body.messages, messages);
    assert.equal(sent.body.max_tokens, 300);
    assert.equal(sent.body.temperature, 0);
    assert.deepEqual(sent.body.response_format, {
      type: "json_schema",
      json_schema: { name: "classification", schema, strict: true },
    });
    assert.deepEqual(
      Object.keys(sent.body).filter((key) => key.startsWith("guided_")),
      [],
    );
    assert.equal(sent.headers["authorization"], "Bearer sk-test-123");
    assert.equal(result.content, '{"department":"orders"}');
    assert.equal(result.model, "qwen-test");
    assert.equal(result.promptTokens, 42);
    assert.equal(result.completionTokens, 7);
    assert.equal(result.finishReason, "stop");
    assert.ok(result.latencyMs >= 0);
    client.close();
  });

  it("per-request maxTokens and temperature override the endpoint's", async () => {
    const client = createChatClient(endpoint(llm));
    await client.complete({ messages, maxTokens: 12, temperature: 0.7 });
    const sent = llm.requests.at(-1)!;
    assert.equal(sent.body.max_tokens, 12);
    assert.equal(sent.body.temperature, 0.7);
    assert.equal(sent.body.response_format, undefined);
    assert.equal(sent.headers["authorization"], undefined);
  });

  it("retries 5xx and 429 with backoff, then succeeds", async () => {
    const client = createChatClient(endpoint(llm, { maxRetries: 3 }));
    llm.enqueue({ status: 503 }, { status: 429 }, { status: 500 });
    const before = llm.requests.length;
    const result = await client.complete({ messages });
    assert.equal(result.content, '{"department":"orders"}');
    assert.equal(llm.requests.length - before, 4);
  });

  it("gives up after maxRetries with llm.http_5xx", async () => {
    const client = createChatClient(endpoint(llm, { maxRetries: 1 }));
    llm.answerWith(() => ({ status: 502 }));
    const before = llm.requests.length;
    await assert.rejects(client.complete({ messages }), (error: unknown) => {
      assert.ok(error instanceof TransientError);
      assert.equal(error.code, "llm.http_5xx");
      return true;
    });
    assert.equal(llm.requests.length - before, 2);
  });

  it("does not retry a 4xx and never quotes the server's error body", async () => {
    const client = createChatClient(endpoint(llm));
    llm.enqueue({ status: 400, body: '{"error":{"message":"prompt mentions Max Mustermann"}}' });
    const before = llm.requests.length;
    await assert.rejects(client.complete({ messages }), (error: unknown) => {
      assert.ok(error instanceof PermanentError);
      assert.equal(error.code, "llm.http_4xx");
      assert.doesNotMatch(error.message, /Mustermann/);
      return true;
    });
    assert.equal(llm.requests.length - before, 1);
  });

  it("a broken body is a permanent llm.malformed_response", async () => {
    const client = createChatClient(endpoint(llm));
    llm.enqueue({ malformed: true });
    await assert.rejects(client.complete({ messages }), { code: "llm.malformed_response" });
  });

  it("an answer without message content is malformed", async () => {
    const client = createChatClient(endpoint(llm));
    llm.enqueue({ status: 200, body: '{"choices":[{"message":{"role":"assistant","content":null}}]}' });
    await assert.rejects(client.complete({ messages }), { code: "llm.malformed_response" });
  });

  it("a hung request times out as llm.timeout, retried, then given up", async () => {
    const client = createChatClient(endpoint(llm, { timeoutMs: 100, maxRetries: 1 }));
    llm.answerWith(() => ({ hang: true }));
    const before = llm.requests.length;
    const started = Date.now();
    await assert.rejects(client.complete({ messages }), { code: "llm.timeout" });
    assert.equal(llm.requests.length - before, 2);
    assert.ok(Date.now() - started < 1_500);
  });

  it("the caller's signal cancels a request in flight", async () => {
    const client = createChatClient(endpoint(llm));
    llm.answerWith(() => ({ hang: true }));
    await assert.rejects(client.complete({ messages, signal: AbortSignal.timeout(50) }), {
      code: "llm.cancelled",
    });
  });

  it("never has more than `concurrency` requests in flight, and keeps that many busy", async () => {
    const local = await startTestLlm({ latencyMs: 60 });
    try {
      const client = createChatClient(endpoint(local, { concurrency: 3 }));
      const results = await Promise.all(Array.from({ length: 15 }, () => client.complete({ messages })));
      assert.equal(results.length, 15);
      assert.equal(local.requests.length, 15);
      assert.equal(local.maxInFlight, 3);
      assert.equal(client.inFlight, 0);
    } finally {
      await local.stop();
    }
  });
});

describe("chat client against an endpoint that is down", () => {
  it("fails with llm.unavailable", async () => {
    const llm = await startTestLlm();
    await llm.stop();
    const client = createChatClient(endpoint(llm, { maxRetries: 1 }));
    await assert.rejects(client.complete({ messages }), (error: unknown) => {
      assert.ok(error instanceof TransientError);
      assert.equal(error.code, "llm.unavailable");
      return true;
    });
  });
});

describe("circuit breaker in the client", () => {
  it("opens after consecutive failures, fails fast, half-opens and closes on a good probe", async () => {
    const llm = await startTestLlm();
    try {
      const client = createChatClient(
        endpoint(llm, { maxRetries: 0, breakerFailureThreshold: 3, breakerResetMs: 150 }),
      );
      llm.answerWith(() => ({ status: 500 }));
      for (let i = 0; i < 3; i++)
        await assert.rejects(client.complete({ messages }), { code: "llm.http_5xx" });
      assert.equal(client.breakerState, "open");
      const sent = llm.requests.length;
      await assert.rejects(client.complete({ messages }), (error: unknown) => {
        assert.ok(error instanceof TransientError);
        assert.equal(error.code, "llm.breaker_open");
        assert.ok((error.retryAfterMs ?? 0) > 0);
        return true;
      });
      assert.equal(llm.requests.length, sent, "an open breaker sends nothing");

      await new Promise((r) => setTimeout(r, 170));
      assert.equal(client.breakerState, "half-open");
      // A failing probe re-opens it for another reset period.
      await assert.rejects(client.complete({ messages }), { code: "llm.http_5xx" });
      assert.equal(client.breakerState, "open");

      await new Promise((r) => setTimeout(r, 170));
      llm.answerWith(() => ({ content: "ok" }));
      llm.latencyMs = 80;
      // Only one probe goes out while half-open; the other caller fails fast.
      const [probe, other] = await Promise.allSettled([
        client.complete({ messages }),
        new Promise((r) => setTimeout(r, 10)).then(() => client.complete({ messages })),
      ]);
      assert.equal(probe.status, "fulfilled");
      assert.equal(other.status, "rejected");
      assert.equal((other as PromiseRejectedResult).reason.code, "llm.breaker_open");
      assert.equal(client.breakerState, "closed");
      assert.equal((await client.complete({ messages })).content, "ok");
    } finally {
      await llm.stop();
    }
  });

  it("a 4xx does not count against the endpoint's health", async () => {
    const llm = await startTestLlm();
    try {
      const client = createChatClient(endpoint(llm, { maxRetries: 0, breakerFailureThreshold: 2 }));
      llm.answerWith(() => ({ status: 400 }));
      for (let i = 0; i < 4; i++)
        await assert.rejects(client.complete({ messages }), { code: "llm.http_4xx" });
      assert.equal(client.breakerState, "closed");
    } finally {
      await llm.stop();
    }
  });
});

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestLlm, type TestLlm } from "./llm.js";

const schema = {
  type: "object",
  properties: {
    department: { type: "string", enum: ["billing", "orders"] },
    language: { type: "string", pattern: "^[a-z]{2}$" },
    confidence: { type: "number", minimum: 0, maximum: 1 },
    reason: { type: "string", maxLength: 10 },
  },
  required: ["department", "language", "confidence", "reason"],
  additionalProperties: false,
};

interface CompletionBody {
  object: string;
  model: string;
  choices: { message: { content: string } }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

async function json(res: Response): Promise<CompletionBody> {
  return (await res.json()) as CompletionBody;
}

function chat(llm: TestLlm, body: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
  return fetch(`${llm.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "m1", messages: [{ role: "user", content: "hallo" }], ...body }),
    signal,
  });
}

describe("test LLM server", () => {
  let llm: TestLlm;
  before(async () => {
    llm = await startTestLlm();
  });
  after(async () => {
    await llm.stop();
  });

  it("answers with a schema-valid JSON by default and records the request", async () => {
    const before = llm.requests.length;
    const res = await chat(llm, {
      response_format: { type: "json_schema", json_schema: { name: "c", schema, strict: true } },
    });
    assert.equal(res.status, 200);
    const body = await json(res);
    assert.equal(body.object, "chat.completion");
    assert.equal(body.model, "m1");
    assert.ok(body.usage.prompt_tokens > 0);
    assert.equal(body.usage.total_tokens, body.usage.prompt_tokens + body.usage.completion_tokens);
    const answer = JSON.parse(body.choices[0]?.message.content ?? "");
    assert.equal(answer.department, "billing");
    assert.match(answer.language, /^[a-z]{2}$/);
    assert.ok(answer.confidence >= 0 && answer.confidence <= 1);
    assert.ok(answer.reason.length <= 10);
    assert.equal(llm.requests.length, before + 1);
    assert.equal(llm.requests.at(-1)?.body.messages[0].content, "hallo");
  });

  it("consumes enqueued answers before answerWith", async () => {
    llm.answerWith(() => ({ content: "from fn", promptTokens: 3, completionTokens: 4 }));
    llm.enqueue({ content: "first" }, { status: 503 });
    const first = await json(await chat(llm, {}));
    assert.equal(first.choices[0]?.message.content, "first");
    const second = await chat(llm, {});
    assert.equal(second.status, 503);
    await second.text();
    const third = await json(await chat(llm, {}));
    assert.equal(third.choices[0]?.message.content, "from fn");
    assert.equal(third.usage.completion_tokens, 4);
  });

  it("sends a broken body for a malformed answer", async () => {
    llm.enqueue({ malformed: true });
    const res = await chat(llm, {});
    assert.equal(res.status, 200);
    await assert.rejects(res.json(), SyntaxError);
  });

  it("lists models", async () => {
    const res = await fetch(`${llm.baseUrl}/models`);
    const body = (await res.json()) as { object: string; data: unknown[] };
    assert.equal(body.object, "list");
    assert.ok(body.data.length >= 1);
  });

  it("applies latency and tracks requests in flight", async () => {
    llm.answerWith(() => ({ content: "ok" }));
    llm.latencyMs = 150;
    const started = Date.now();
    const results = await Promise.all([1, 2, 3].map(() => chat(llm, {}).then((r) => r.json())));
    const elapsedMs = Date.now() - started;
    llm.latencyMs = 0;
    assert.equal(results.length, 3);
    assert.ok(elapsedMs >= 140, `elapsed ${elapsedMs}`);
    assert.ok(elapsedMs < 1000, `elapsed ${elapsedMs}: requests should run in parallel`);
    assert.equal(llm.maxInFlight, 3);
    assert.equal(llm.inFlight, 0);
  });

  it("a hung request ends when the client gives up", async () => {
    llm.enqueue({ hang: true });
    await assert.rejects(chat(llm, {}, AbortSignal.timeout(100)), { name: "TimeoutError" });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(llm.inFlight, 0);
  });
});

describe("test LLM server stop", () => {
  it("unblocks hung requests and refuses new connections", async () => {
    const llm = await startTestLlm();
    llm.answerWith(() => ({ hang: true }));
    const pending = chat(llm, {});
    while (llm.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    await llm.stop();
    await assert.rejects(pending, TypeError);
    assert.ok(Date.now() - started < 2000);
    await assert.rejects(chat(llm, {}), TypeError);
  });
});

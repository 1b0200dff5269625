import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { type ChatEndpoint, createChatClient } from "@poststelle/llm";
import { type RecordedLlmRequest, startTestLlm, type TestLlm } from "@poststelle/test-support";
import { type ClassifyContext, classifyMail } from "./classify-mail.js";
import { loadFixtureDepartments } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";
import { CLASSIFY_PROMPT_VERSION } from "./prompt.js";
import { PRIORITIES, type RoutableMail, SENTIMENTS } from "./types.js";

const departments = loadFixtureDepartments();
const ids = departments.map((department) => department.id);
const fallback = trainFallbackClassifier(departments, [], { exclude: ["triage"] });
const triage = { department: "triage", minConfidence: 0.45 };

function mail(body: string, overrides: Partial<RoutableMail> = {}): RoutableMail {
  return {
    subject: "Anfrage",
    body,
    fromAddress: "[[EMAIL_1]]",
    fromDomain: "kunden.example",
    recipients: ["service@example.com"],
    headers: {},
    attachmentTypes: [],
    automatic: false,
    ...overrides,
  };
}

const billingMail = mail(
  "Mir wurde der Betrag doppelt abgebucht. Bitte erstatten Sie die Zahlung und korrigieren die Rechnung.",
);

function endpoint(llm: TestLlm, overrides: Partial<ChatEndpoint> = {}): ChatEndpoint {
  return {
    baseUrl: llm.baseUrl,
    model: "qwen-test",
    timeoutMs: 2_000,
    maxRetries: 0,
    retryBackoffMs: 5,
    concurrency: 4,
    breakerFailureThreshold: 50,
    breakerResetMs: 1_000,
    temperature: 0,
    maxTokens: 200,
    ...overrides,
  };
}

function answer(fields: Record<string, unknown> = {}): { content: string } {
  return {
    content: JSON.stringify({
      department: "billing",
      intent: "double_charge",
      priority: "high",
      language: "de",
      sentiment: "negative",
      confidence: 0.9,
      reason: "Customer reports a duplicate payment.",
      ...fields,
    }),
  };
}

function userMessage(request: RecordedLlmRequest): string {
  return request.body.messages.find((m: { role: string }) => m.role === "user").content;
}

function assertInsideSchema(result: Awaited<ReturnType<typeof classifyMail>>): void {
  assert.ok(ids.includes(result.department), `department ${result.department}`);
  assert.ok((PRIORITIES as readonly string[]).includes(result.priority));
  assert.ok((SENTIMENTS as readonly string[]).includes(result.sentiment));
  assert.match(result.language, /^[a-z]{2}$/);
  assert.ok(result.confidence >= 0 && result.confidence <= 1);
  assert.match(result.intent, /^[\p{L}\p{N}_]+$/u);
}

describe("classifyMail", () => {
  let llm: TestLlm;
  let ctx: ClassifyContext;
  before(async () => {
    llm = await startTestLlm();
  });
  after(async () => {
    await llm.stop();
  });
  beforeEach(() => {
    llm.latencyMs = 0;
    llm.answerWith(() => answer());
    ctx = { departments, rules: [], triage, llm: createChatClient(endpoint(llm)), fallback };
  });

  it("routes through the LLM with the schema and records model and prompt version", async () => {
    const result = await classifyMail(billingMail, ctx);
    assert.equal(result.decidedBy, "llm");
    assert.equal(result.department, "billing");
    assert.equal(result.intent, "double_charge");
    assert.equal(result.priority, "high");
    assert.equal(result.confidence, 0.9);
    assert.equal(result.model, "qwen-test");
    assert.equal(result.promptVersion, CLASSIFY_PROMPT_VERSION);
    assert.equal(result.noDraft, false);
    const sent = llm.requests.at(-1)!;
    assert.equal(sent.body.response_format.type, "json_schema");
    assert.equal(sent.body.response_format.json_schema.strict, true);
    assert.deepEqual(sent.body.response_format.json_schema.schema.properties.department.enum, ids);
    assert.match(userMessage(sent), /doppelt abgebucht/);
  });

  it("a rule decides without asking the LLM", async () => {
    const sent = llm.requests.length;
    const result = await classifyMail(
      mail("Bitte um Auskunft", { recipients: ["datenschutz@example.com"] }),
      {
        ...ctx,
        rules: [{ name: "privacy-address", department: "privacy", match: { to: ["datenschutz@*"] } }],
      },
    );
    assert.equal(result.decidedBy, "rule");
    assert.equal(result.rule, "privacy-address");
    assert.equal(result.department, "privacy");
    assert.equal(result.confidence, 1);
    assert.equal(result.noDraft, true, "privacy has drafting off in the fixture");
    assert.match(result.noDraftReason ?? "", /drafting is off/);
    assert.equal(llm.requests.length, sent);
  });

  it("falls back on a malformed body, an unknown department, a missing field or an HTTP error", async () => {
    const failures = [
      { malformed: true as const },
      answer({ department: "ceo-office" }),
      { content: '{"department":"billing"}' },
      { status: 500 },
      { status: 400 },
    ];
    const codes = [
      "llm.malformed_response",
      "llm.invalid_answer",
      "llm.invalid_answer",
      "llm.http_5xx",
      "llm.http_4xx",
    ];
    for (const [i, failure] of failures.entries()) {
      llm.enqueue(failure);
      const result = await classifyMail(billingMail, ctx);
      assert.equal(result.decidedBy, "fallback");
      assert.equal(result.department, "billing", "the embedded classifier routes it");
      assert.ok(result.reason.includes(`llm failed: ${codes[i]}`), result.reason);
      assert.equal(result.model, undefined);
      assertInsideSchema(result);
    }
  });

  it("falls back when the LLM hangs past the timeout", async () => {
    llm.enqueue({ hang: true });
    const started = Date.now();
    const result = await classifyMail(billingMail, {
      ...ctx,
      llm: createChatClient(endpoint(llm, { timeoutMs: 150 })),
    });
    assert.equal(result.decidedBy, "fallback");
    assert.match(result.reason, /llm\.timeout/);
    assert.ok(Date.now() - started < 2_000);
  });

  it("opens the breaker after repeated failures and stops calling the LLM until it half-opens", async () => {
    const client = createChatClient(endpoint(llm, { breakerFailureThreshold: 2, breakerResetMs: 200 }));
    llm.answerWith(() => ({ status: 503 }));
    for (let i = 0; i < 2; i++)
      assert.match((await classifyMail(billingMail, { ...ctx, llm: client })).reason, /http_5xx/);
    assert.equal(client.breakerState, "open");
    const sent = llm.requests.length;
    const refused = await classifyMail(billingMail, { ...ctx, llm: client });
    assert.equal(refused.decidedBy, "fallback");
    assert.match(refused.reason, /llm\.breaker_open/);
    assert.equal(llm.requests.length, sent);

    await new Promise((resolve) => setTimeout(resolve, 220));
    assert.equal(client.breakerState, "half-open");
    llm.answerWith(() => answer());
    const probe = await classifyMail(billingMail, { ...ctx, llm: client });
    assert.equal(probe.decidedBy, "llm");
    assert.equal(client.breakerState, "closed");
  });

  it("keeps at most `concurrency` requests in flight and loses no mail when answers fail", async () => {
    llm.latencyMs = 40;
    let n = 0;
    llm.answerWith(() => {
      n++;
      if (n % 5 === 0) return { malformed: true };
      if (n % 7 === 0) return { status: 502 };
      return answer();
    });
    const client = createChatClient(endpoint(llm, { concurrency: 3 }));
    const before = llm.requests.length;
    const mails = Array.from({ length: 24 }, () => billingMail);
    const results = await Promise.all(mails.map((m) => classifyMail(m, { ...ctx, llm: client })));
    assert.equal(results.length, 24);
    for (const result of results) assertInsideSchema(result);
    assert.equal(llm.requests.length - before, 24);
    assert.equal(llm.maxInFlight, 3);
    assert.ok(results.some((r) => r.decidedBy === "fallback") && results.some((r) => r.decidedBy === "llm"));
  });

  it("lowers the confidence of a hesitant LLM that the embedded classifier contradicts, down to triage", async () => {
    llm.enqueue(answer({ department: "general", confidence: 0.6 }));
    const result = await classifyMail(billingMail, ctx);
    assert.equal(result.decidedBy, "llm");
    assert.equal(result.department, "triage");
    assert.ok(result.confidence < 0.45, `confidence ${result.confidence}`);
    assert.match(result.reason, /embedded classifier disagrees \(billing\)/);
    assert.match(result.reason, /triage instead of general/);
    assert.equal(result.noDraft, true);

    llm.enqueue(answer({ department: "general", confidence: 0.95 }));
    const sure = await classifyMail(billingMail, ctx);
    assert.equal(sure.department, "general");
    assert.equal(sure.confidence, 0.95);
  });

  it("marks automatic mail as no-draft", async () => {
    const result = await classifyMail({ ...billingMail, automatic: true }, ctx);
    assert.equal(result.department, "billing");
    assert.equal(result.noDraft, true);
    assert.equal(result.noDraftReason, "automatic mail");
  });

  it("uses the embedded classifier and heuristics without an LLM, and triages weak guesses", async () => {
    const withoutLlm = { departments, rules: [], triage, fallback };
    const clear = await classifyMail(
      mail("I want to return the shoes, please send a return label."),
      withoutLlm,
    );
    assert.equal(clear.decidedBy, "fallback");
    assert.equal(clear.department, "returns");
    assert.equal(clear.language, "en");
    assert.match(clear.reason, /no llm configured/);
    const vague = await classifyMail(mail("Xylophon Quasar"), withoutLlm);
    assert.equal(vague.department, "triage");
    assert.equal(vague.noDraft, true);
  });

  it("passes a cancellation on instead of falling back", async () => {
    llm.enqueue({ hang: true });
    await assert.rejects(classifyMail(billingMail, { ...ctx, signal: AbortSignal.timeout(50) }), {
      code: "llm.cancelled",
    });
  });
});

describe("classifyMail against an LLM that is down", () => {
  it("falls back with llm.unavailable", async () => {
    const llm = await startTestLlm();
    await llm.stop();
    const result = await classifyMail(billingMail, {
      departments,
      rules: [],
      triage,
      llm: createChatClient(endpoint(llm, { maxRetries: 1 })),
      fallback,
    });
    assert.equal(result.decidedBy, "fallback");
    assert.equal(result.department, "billing");
    assert.match(result.reason, /llm failed: llm\.unavailable/);
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An OpenAI-compatible chat server for tests: the one stand-in the house rules allow. It answers
 * POST /v1/chat/completions and GET /v1/models like vLLM does, records every request, and can be
 * told to fail in the ways real servers fail (HTTP errors, hangs, broken bodies).
 */
export type LlmAnswer =
  | { content: string; promptTokens?: number; completionTokens?: number }
  | { status: number; body?: string }
  | { hang: true }
  | { malformed: true };

export interface RecordedLlmRequest {
  // biome-ignore lint/suspicious/noExplicitAny: the recorded JSON body is whatever the client sent
  body: any;
  /** Header names in lower case, as node:http gives them. */
  headers: Record<string, string | string[] | undefined>;
  receivedAt: number;
}

export interface TestLlm {
  /** e.g. "http://127.0.0.1:40123/v1" */
  readonly baseUrl: string;
  readonly requests: readonly RecordedLlmRequest[];
  /** Applied before every answer, including error answers. */
  latencyMs: number;
  /** Answers every request that the queue does not; the default answers with a schema-valid JSON. */
  answerWith(fn: (req: RecordedLlmRequest) => LlmAnswer | Promise<LlmAnswer>): void;
  /** One-shot answers, consumed in order before answerWith is asked. */
  enqueue(...answers: LlmAnswer[]): void;
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Closes the server; hung and waiting requests are cut off. */
  stop(): Promise<void>;
}

export const TEST_LLM_MODEL = "test-model";

export async function startTestLlm(options: { latencyMs?: number } = {}): Promise<TestLlm> {
  const requests: RecordedLlmRequest[] = [];
  const queue: LlmAnswer[] = [];
  let answerFn: (req: RecordedLlmRequest) => LlmAnswer | Promise<LlmAnswer> = defaultAnswer;
  let inFlight = 0;
  let maxInFlight = 0;
  let stopped = false;
  // Resolving these releases every request that waits on latency or hangs.
  const releaseOnStop = new Set<() => void>();

  // Waits ms (or forever), but not past stop() or the client hanging up.
  const waitUnlessStopped = (ms: number | undefined, res: ServerResponse): Promise<void> =>
    new Promise((resolve) => {
      if (stopped || res.destroyed) return resolve();
      const done = () => {
        if (timer !== undefined) clearTimeout(timer);
        releaseOnStop.delete(done);
        res.off("close", done);
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      releaseOnStop.add(done);
      res.once("close", done);
    });

  const handleCompletion = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(res, 400, { error: { message: "request body is not JSON", type: "invalid_request_error" } });
      return;
    }
    const recorded: RecordedLlmRequest = { body, headers: { ...req.headers }, receivedAt: Date.now() };
    requests.push(recorded);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // A client that gives up (timeout) is no longer "in flight" from its point of view either.
    let counted = true;
    const uncount = () => {
      if (counted) {
        counted = false;
        inFlight--;
      }
    };
    res.once("close", uncount);
    try {
      if (server.latencyMs > 0) await waitUnlessStopped(server.latencyMs, res);
      const answer = queue.shift() ?? (await answerFn(recorded));
      if (stopped || res.destroyed) return;
      if ("hang" in answer) {
        await waitUnlessStopped(undefined, res);
        res.destroy();
        return;
      }
      if ("malformed" in answer) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"id":"chatcmpl-broken","choices":[{"message":{"content":');
        return;
      }
      if ("status" in answer) {
        const text =
          answer.body ??
          JSON.stringify({ error: { message: `test error ${answer.status}`, code: answer.status } });
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(text);
        return;
      }
      sendJson(res, 200, completionBody(body, answer));
    } finally {
      uncount();
    }
  };

  const http = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && path === "/v1/chat/completions") {
      handleCompletion(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: "test server failure" } });
        else res.destroy();
      });
      return;
    }
    if (req.method === "GET" && path === "/v1/models") {
      sendJson(res, 200, {
        object: "list",
        data: [{ id: TEST_LLM_MODEL, object: "model", created: 0, owned_by: "poststelle-test" }],
      });
      return;
    }
    sendJson(res, 404, { error: { message: "not found", type: "invalid_request_error" } });
  });
  // Many parallel requests from one client: do not let keep-alive limits get in the way.
  http.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (http.address() as AddressInfo).port;

  const server: TestLlm = {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    latencyMs: options.latencyMs ?? 0,
    answerWith(fn) {
      answerFn = fn;
    },
    enqueue(...answers) {
      queue.push(...answers);
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const release of [...releaseOnStop]) release();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
  return server;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function completionBody(
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are untyped JSON
  request: any,
  answer: { content: string; promptTokens?: number; completionTokens?: number },
) {
  const promptTokens = answer.promptTokens ?? estimateTokens(JSON.stringify(request?.messages ?? []));
  const completionTokens = answer.completionTokens ?? estimateTokens(answer.content);
  return {
    id: `chatcmpl-test-${Math.random().toString(36).slice(2, 10)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: typeof request?.model === "string" ? request.model : TEST_LLM_MODEL,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: answer.content },
        finish_reason: "stop",
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/**
 * With a JSON schema in response_format: an object that satisfies it (first enum value of each
 * enum, values near the top of numeric ranges, strings that fit pattern and length). Otherwise a
 * short plain-text reply, as a drafting model would give.
 */
export function defaultAnswer(req: RecordedLlmRequest): LlmAnswer {
  const schema = req.body?.response_format?.json_schema?.schema;
  if (schema === undefined) return { content: "Vielen Dank für Ihre Nachricht. Wir kümmern uns darum." };
  return { content: JSON.stringify(valueForSchema(schema, "")) };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON schema fragments are untyped
export function valueForSchema(schema: any, name: string): unknown {
  if (schema === null || typeof schema !== "object") return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if ("const" in schema) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(schema.properties ?? {})) out[key] = valueForSchema(sub, key);
      return out;
    }
    case "array": {
      const count = Math.max(1, schema.minItems ?? 1);
      return Array.from({ length: count }, () => valueForSchema(schema.items ?? {}, name));
    }
    case "number":
    case "integer": {
      const min = typeof schema.minimum === "number" ? schema.minimum : 0;
      const max = typeof schema.maximum === "number" ? schema.maximum : min + 10;
      const value = min + 0.9 * (max - min);
      return type === "integer" ? Math.floor(value) : Math.round(value * 1000) / 1000;
    }
    case "boolean":
      return true;
    case "string":
      return stringForSchema(schema, name);
    default:
      return null;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: JSON schema fragments are untyped
function stringForSchema(schema: any, name: string): string {
  const candidates = [`test ${name}`.trim(), "de", "en", "test", "a", "0", "2024-01-01"];
  const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern) : undefined;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  for (const candidate of candidates) {
    const text = candidate.slice(0, maxLength);
    if (text.length >= minLength && (pattern === undefined || pattern.test(text))) return text;
  }
  return "x".repeat(Math.max(minLength, 1));
}

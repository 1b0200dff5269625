import { Semaphore } from "@poststelle/async";
import { PermanentError, PoststelleError, TransientError } from "@poststelle/errors";
import { type BreakerState, type BreakerTicket, CircuitBreaker } from "./circuit-breaker.js";
import { createChatMetrics } from "./metrics.js";

/** One OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp, or a hosted provider). */
export interface ChatEndpoint {
  /** Up to and including the version segment, e.g. "http://vllm:8000/v1". */
  baseUrl: string;
  model: string;
  apiKey?: { reveal(): string };
  timeoutMs: number;
  maxRetries: number;
  retryBackoffMs: number;
  concurrency: number;
  breakerFailureThreshold: number;
  breakerResetMs: number;
  temperature: number;
  maxTokens: number;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Constrains the answer to this JSON schema (structured output). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  maxTokens?: number;
  temperature?: number;
  /** Cancels waiting and the request in flight, e.g. on shutdown. */
  signal?: AbortSignal;
}

export interface ChatCompletion {
  content: string;
  /** The model id the endpoint reports having used. */
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** The whole call, including waiting for a slot and retries. */
  latencyMs: number;
  /** "stop", or "length" when the answer was cut off at maxTokens. */
  finishReason: string;
}

export interface ChatClient {
  /** The endpoint name used as metric label, e.g. "classify". */
  readonly name: string;
  readonly model: string;
  readonly breakerState: BreakerState;
  /** Requests holding a concurrency slot right now. */
  readonly inFlight: number;
  complete(request: ChatRequest): Promise<ChatCompletion>;
  /** Unregisters the client's metric callbacks. */
  close(): void;
}

/** Upper bound for a server-sent Retry-After, so one bad header cannot park a worker for hours. */
const MAX_RETRY_AFTER_MS = 30_000;

export function createChatClient(endpoint: ChatEndpoint, options: { name?: string } = {}): ChatClient {
  const name = options.name ?? "llm";
  const url = `${endpoint.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const slots = new Semaphore(endpoint.concurrency);
  const breaker = new CircuitBreaker(endpoint.breakerFailureThreshold, endpoint.breakerResetMs);
  const metrics = createChatMetrics(name, endpoint.model, () => breaker.state);

  async function attemptOnce(request: ChatRequest, ticket: BreakerTicket): Promise<ChatCompletion> {
    const startedAt = performance.now();
    try {
      const result = await send(url, endpoint, request);
      breaker.recordSuccess(ticket);
      metrics.attempt("ok", performance.now() - startedAt);
      return result;
    } catch (error) {
      const code = error instanceof PoststelleError ? error.code : "llm.unavailable";
      metrics.attempt(code, performance.now() - startedAt);
      if (code === "llm.cancelled") breaker.release(ticket);
      // A 4xx means the endpoint is up and answering: it says nothing against its health.
      else if (code === "llm.http_4xx") breaker.recordSuccess(ticket);
      // Timeouts, refused connections, 5xx, 429 and broken bodies all say the endpoint is unwell.
      else breaker.recordFailure(ticket);
      throw error;
    }
  }

  async function attemptInSlot(request: ChatRequest): Promise<ChatCompletion> {
    await slots.acquire(request.signal).catch(() => {
      throw new TransientError("llm.cancelled", "request cancelled by the caller");
    });
    try {
      const ticket = breaker.tryAcquire();
      if (ticket === undefined) {
        throw new TransientError("llm.breaker_open", "circuit breaker is open", {
          retryAfterMs: breaker.retryAfterMs,
        });
      }
      return await attemptOnce(request, ticket);
    } finally {
      slots.release();
    }
  }

  async function complete(request: ChatRequest): Promise<ChatCompletion> {
    const startedAt = performance.now();
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs = 0;
      try {
        const result = await attemptInSlot(request);
        result.latencyMs = performance.now() - startedAt;
        metrics.tokens(result.promptTokens, result.completionTokens);
        return result;
      } catch (error) {
        // An open breaker fails fast on purpose: retrying it would only wait out the reset.
        const retryable =
          error instanceof TransientError &&
          error.code !== "llm.breaker_open" &&
          error.code !== "llm.cancelled";
        if (!retryable || attempt >= endpoint.maxRetries) {
          metrics.failure(error instanceof PoststelleError ? error.code : "llm.unavailable");
          throw error;
        }
        retryAfterMs = error.retryAfterMs ?? 0;
      }
      // The slot is free while backing off, so other requests can use the endpoint meanwhile.
      const backoffMs = endpoint.retryBackoffMs * 2 ** attempt * (0.8 + 0.4 * Math.random());
      await sleep(Math.max(backoffMs, retryAfterMs), request.signal);
    }
  }

  return {
    name,
    model: endpoint.model,
    get breakerState() {
      return breaker.state;
    },
    get inFlight() {
      return slots.inUse;
    },
    complete,
    close() {
      metrics.close();
    },
  };
}

async function send(url: string, endpoint: ChatEndpoint, request: ChatRequest): Promise<ChatCompletion> {
  const body: Record<string, unknown> = {
    model: endpoint.model,
    messages: request.messages,
    temperature: request.temperature ?? endpoint.temperature,
    max_tokens: request.maxTokens ?? endpoint.maxTokens,
    stream: false,
  };
  if (request.jsonSchema !== undefined) {
    body["response_format"] = {
      type: "json_schema",
      json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true },
    };
  }
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (endpoint.apiKey !== undefined) headers["authorization"] = `Bearer ${endpoint.apiKey.reveal()}`;
  const timeout = AbortSignal.timeout(endpoint.timeoutMs);
  const signal = request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);

  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body), signal });
    text = await response.text();
  } catch (error) {
    throw transportError(error, timeout, request.signal);
  }
  if (!response.ok) throw statusError(response);
  return parseCompletion(text);
}

// Foreign error messages may quote the request, so only the kind of failure is kept.
function transportError(
  error: unknown,
  timeout: AbortSignal,
  caller: AbortSignal | undefined,
): PoststelleError {
  if (caller?.aborted) return new TransientError("llm.cancelled", "request cancelled by the caller");
  if (timeout.aborted) return new TransientError("llm.timeout", "no answer within the timeout");
  return new TransientError("llm.unavailable", "endpoint not reachable", { cause: error });
}

function statusError(response: Response): PoststelleError {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  if (status === 408) return new TransientError("llm.timeout", "endpoint reported a timeout (HTTP 408)");
  if (status === 429)
    return new TransientError("llm.unavailable", "rate limited (HTTP 429)", { retryAfterMs });
  if (status >= 500)
    return new TransientError("llm.http_5xx", `server error (HTTP ${status})`, { retryAfterMs });
  return new PermanentError("llm.http_4xx", `request rejected (HTTP ${status})`);
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

function parseCompletion(text: string): ChatCompletion {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PermanentError("llm.malformed_response", "response body is not JSON");
  }
  const root = parsed as {
    model?: unknown;
    choices?: { message?: { content?: unknown }; finish_reason?: unknown }[];
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
  };
  const choice = Array.isArray(root?.choices) ? root.choices[0] : undefined;
  const content = choice?.message?.content;
  if (typeof content !== "string") {
    throw new PermanentError("llm.malformed_response", "response has no message content");
  }
  return {
    content,
    model: typeof root.model === "string" ? root.model : "",
    promptTokens: nonNegative(root.usage?.prompt_tokens),
    completionTokens: nonNegative(root.usage?.completion_tokens),
    latencyMs: 0,
    finishReason: typeof choice?.finish_reason === "string" ? choice.finish_reason : "",
  };
}

function nonNegative(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted)
      return reject(new TransientError("llm.cancelled", "request cancelled by the caller"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TransientError("llm.cancelled", "request cancelled by the caller"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

import { type Attributes, metrics, type ObservableCallback } from "@opentelemetry/api";
import type { BreakerState } from "./circuit-breaker.js";

/**
 * Instruments of one chat client. Labels are only the endpoint name, the model id and an error
 * code: nothing from a prompt or an answer ever becomes a label.
 */
export interface ChatMetrics {
  attempt(code: string, durationMs: number): void;
  tokens(promptTokens: number, completionTokens: number): void;
  failure(code: string): void;
  /** Stops reporting the breaker gauge for this client. */
  close(): void;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, "half-open": 1, open: 2 };

// Instruments are created per client, not at module load: the global meter provider is only set
// once telemetry has started, and a meter taken earlier would stay a no-op forever.
export function createChatMetrics(
  endpoint: string,
  model: string,
  breakerState: () => BreakerState,
): ChatMetrics {
  const meter = metrics.getMeter("poststelle.llm");
  const base: Attributes = { endpoint, model };
  const duration = meter.createHistogram("poststelle.llm.request.duration", {
    description: "Duration of one HTTP attempt against the chat completions endpoint",
    unit: "s",
    advice: { explicitBucketBoundaries: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120] },
  });
  const promptTokens = meter.createCounter("poststelle.llm.prompt_tokens", {
    description: "Prompt tokens reported by the endpoint",
    unit: "{token}",
  });
  const completionTokens = meter.createCounter("poststelle.llm.completion_tokens", {
    description: "Completion tokens reported by the endpoint",
    unit: "{token}",
  });
  const errors = meter.createCounter("poststelle.llm.errors", {
    description: "Chat completions that failed after retries, by error code",
    unit: "{error}",
  });
  const breaker = meter.createObservableGauge("poststelle.llm.breaker.state", {
    description: "Circuit breaker state: 0 closed, 1 half-open, 2 open",
  });
  const observe: ObservableCallback = (result) => result.observe(BREAKER_VALUE[breakerState()], base);
  breaker.addCallback(observe);

  return {
    attempt(code, durationMs) {
      duration.record(durationMs / 1000, { ...base, code });
    },
    tokens(prompt, completion) {
      if (prompt > 0) promptTokens.add(prompt, base);
      if (completion > 0) completionTokens.add(completion, base);
    },
    failure(code) {
      errors.add(1, { ...base, code });
    },
    close() {
      breaker.removeCallback(observe);
    },
  };
}

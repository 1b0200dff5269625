/**
 * One error type per failure kind. Every message here is written for logs and dead-letter
 * reasons, so it must never carry personal data: callers pass a stable `code` and a fixed
 * detail text, never a value taken from a mail.
 */
export abstract class PoststelleError extends Error {
  /** Stable, machine-readable and PII-free, e.g. "mail.too_large". */
  readonly code: string;

  constructor(code: string, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The input can never be processed, however often it is retried: dead-letter it. */
export class PermanentError extends PoststelleError {}

/** A dependency is unavailable or slow; the same input may succeed later. */
export class TransientError extends PoststelleError {
  readonly retryAfterMs: number | undefined;

  constructor(code: string, detail: string, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(code, detail, options);
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** The configuration is invalid; names the file and the key so an operator can fix it. */
export class ConfigError extends PoststelleError {
  readonly file: string;
  readonly key: string;

  constructor(file: string, key: string, problem: string) {
    super("config.invalid", `${file}: ${key || "(root)"}: ${problem}`);
    this.file = file;
    this.key = key;
  }
}

/** A caller is not allowed to do what it asked (gRPC auth, NATS permissions). */
export class AccessDeniedError extends PoststelleError {}

/**
 * A PII-free description of any thrown value: our own errors give their code, anything else
 * only its class name, because foreign error messages may quote input.
 */
export function safeReason(error: unknown): string {
  if (error instanceof PoststelleError) return error.message;
  if (error instanceof Error) return `unexpected: ${error.name}`;
  return "unexpected: non-error thrown";
}

/** The stable code of an error, for metric labels and audit records. */
export function errorCode(error: unknown): string {
  if (error instanceof PoststelleError) return error.code;
  if (error instanceof Error) return `unexpected.${error.name}`;
  return "unexpected.unknown";
}

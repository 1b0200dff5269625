import { isSpanContextValid, trace } from "@opentelemetry/api";
import { type DestinationStream, type Logger, pino } from "pino";
import { guardLogBindings, guardLogFields, messageForError } from "./log-guard.js";
import { redactPersonalData } from "./personal-data.js";

export type { Logger } from "pino";

export type LogDestination = NodeJS.WritableStream | { write(line: string): void };

export interface LoggerOptions {
  name: string;
  /** pino level name; default "info". */
  level?: string;
  /** Default stdout; tests pass an object that collects the lines. */
  destination?: LogDestination;
}

function activeSpanIds(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}

function errorOf(value: unknown): unknown {
  if (value instanceof Error) return value;
  if (typeof value === "object" && value !== null && "err" in value) return value.err;
  return undefined;
}

/**
 * The one logger every service uses. Only allow-listed keys reach the output (the names of the
 * others are listed in `dropped_keys`), strings that look like mail content are redacted, errors
 * are reduced to class and code, and each line carries the active span's trace and span id.
 */
export function createLogger(options: LoggerOptions): Logger {
  const logger = pino(
    {
      name: options.name,
      level: options.level ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: activeSpanIds,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: guardLogBindings,
        log: guardLogFields,
      },
      serializers: {
        // Runs on the final, interpolated message.
        msg: (message: unknown) => (typeof message === "string" ? redactPersonalData(message) : message),
        // guardLogFields has already reduced the error; pino's default serializer must not undo that.
        err: (error: unknown) => error,
      },
      hooks: {
        logMethod(args, method) {
          // Without an explicit message pino would copy the error's own message into `msg`.
          const error = args.length === 1 ? errorOf(args[0]) : undefined;
          if (error !== undefined && !(typeof args[0] === "object" && args[0] !== null && "msg" in args[0])) {
            method.apply(this, [args[0], messageForError(error)]);
            return;
          }
          method.apply(this, args);
        },
      },
    },
    options.destination as DestinationStream | undefined,
  );
  // pino applies formatters.bindings to the root only; children inherit this override.
  const child = logger.child;
  logger.child = function guardedChild(this: Logger, bindings, childOptions) {
    return child.call(this, guardLogBindings(bindings), childOptions);
  } as Logger["child"];
  return logger;
}

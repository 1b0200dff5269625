import { hostname } from "node:os";
import {
  context,
  DiagLogLevel,
  diag,
  type Meter,
  metrics,
  propagation,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { PrometheusExporter } from "@opentelemetry/exporter-prometheus";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import {
  defaultResource,
  detectResources,
  envDetector,
  type Resource,
  resourceFromAttributes,
} from "@opentelemetry/resources";
import { NodeSDK } from "@opentelemetry/sdk-node";
import {
  BatchSpanProcessor,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_VERSION } from "@opentelemetry/semantic-conventions";
import { PermanentError } from "@poststelle/errors";
import { createLogger, type LogDestination, type Logger } from "./logger.js";
import { AllowListSpanExporter } from "./span-guard.js";

export interface TelemetryOptions {
  /** "poststelle-mask", or "poststelle" for `run all`. */
  serviceName: string;
  serviceVersion?: string;
  /** OTLP/HTTP base URL (http://collector:4318). Default: OTEL_EXPORTER_OTLP_ENDPOINT, else no export. */
  otlpEndpoint?: string;
  /** Replaces the OTLP exporter (tests); spans still pass the allow-list guard. */
  spanExporter?: SpanExporter;
  /** pino level name; default "info". */
  logLevel?: string;
  /** Default stdout. */
  logDestination?: LogDestination;
}

export interface Telemetry {
  readonly logger: Logger;
  tracer(name: string): Tracer;
  meter(name: string): Meter;
  /** Flushes spans and metrics and releases the global providers. */
  shutdown(): Promise<void>;
}

/** The Prometheus reader behind each telemetry, for serveOps; kept off the public interface. */
const prometheusReaders = new WeakMap<Telemetry, PrometheusExporter>();

export function prometheusReaderOf(telemetry: Telemetry): PrometheusExporter {
  const reader = prometheusReaders.get(telemetry);
  if (!reader) throw new PermanentError("telemetry.unknown", "telemetry was not created by startTelemetry");
  return reader;
}

/**
 * Built synchronously: the SDK's host detector settles host.id later, and until then every export
 * waits and every scrape logs a warning. Command-line arguments are left out on purpose.
 */
function resourceFor(options: TelemetryOptions): Resource {
  return defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(
      resourceFromAttributes({
        "host.name": hostname(),
        "process.pid": process.pid,
        "process.runtime.name": "nodejs",
        "process.runtime.version": process.versions.node,
        ...(options.serviceVersion === undefined ? {} : { [ATTR_SERVICE_VERSION]: options.serviceVersion }),
      }),
    );
}

let running: { serviceName: string; telemetry: Telemetry } | undefined;

function otlpTracesUrl(options: TelemetryOptions): string | undefined {
  const base = options.otlpEndpoint ?? process.env["OTEL_EXPORTER_OTLP_ENDPOINT"];
  if (!base?.trim()) return undefined;
  return `${base.trim().replace(/\/+$/, "")}/v1/traces`;
}

function spanProcessorFor(options: TelemetryOptions): SpanProcessor {
  if (options.spanExporter) return new SimpleSpanProcessor(new AllowListSpanExporter(options.spanExporter));
  const url = otlpTracesUrl(options);
  if (url) return new BatchSpanProcessor(new AllowListSpanExporter(new OTLPTraceExporter({ url })));
  // Without an exporter spans are still recorded, so trace ids reach the logs and the bus headers.
  return new NoopSpanProcessor();
}

/**
 * Sets up tracing, metrics and logging for this process. The SDK registers global providers, so
 * there is one telemetry per process: a second call for the same service returns the running one,
 * a call for another service fails. After shutdown() a new one may be started.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (running) {
    if (running.serviceName === options.serviceName) return running.telemetry;
    throw new PermanentError(
      "telemetry.already_started",
      `this process already runs telemetry for ${running.serviceName}, not ${options.serviceName}`,
    );
  }
  const logger = createLogger({
    name: options.serviceName,
    ...(options.logLevel === undefined ? {} : { level: options.logLevel }),
    ...(options.logDestination === undefined ? {} : { destination: options.logDestination }),
  });
  // The reader answers scrapes through serveOps; its own HTTP server would be a second port.
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    resource: resourceFor(options),
    autoDetectResources: false,
    textMapPropagator: new W3CTraceContextPropagator(),
    spanProcessors: [spanProcessorFor(options)],
    metricReaders: [prometheus],
    // Logs go through pino to stdout; an OTLP log pipeline would bypass the log guard.
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  // SDK diagnostics (export failures): only the SDK's own text, the arguments may hold response bodies.
  diag.setLogger(
    {
      error: (message) => logger.error({ component: "opentelemetry" }, message),
      warn: (message) => logger.warn({ component: "opentelemetry" }, message),
      info: () => {},
      debug: () => {},
      verbose: () => {},
    },
    { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true },
  );

  let stopped: Promise<void> | undefined;
  const telemetry: Telemetry = {
    logger,
    tracer: (name) => trace.getTracer(name, options.serviceVersion),
    meter: (name) => metrics.getMeter(name, options.serviceVersion),
    shutdown() {
      stopped ??= sdk
        .shutdown()
        // An unreachable collector must not turn a clean exit into a crash; the loss is logged.
        .catch((error: unknown) =>
          logger.warn({ component: "opentelemetry", err: error }, "telemetry flush failed"),
        )
        .finally(() => {
          // Release the globals so a later startTelemetry (the next test, a restart) can register.
          trace.disable();
          metrics.disable();
          propagation.disable();
          context.disable();
          diag.disable();
          if (running?.telemetry === telemetry) running = undefined;
          logger.flush();
        });
      return stopped;
    },
  };
  prometheusReaders.set(telemetry, prometheus);
  running = { serviceName: options.serviceName, telemetry };
  return telemetry;
}

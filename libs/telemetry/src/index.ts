export { guardLogBindings, guardLogFields, serializeError } from "./log-guard.js";
export { createLogger, type LogDestination, type Logger, type LoggerOptions } from "./logger.js";
export { type OpsServer, type OpsServerOptions, serveOps } from "./ops-server.js";
export { looksLikePersonalData, REDACTED, redactPersonalData } from "./personal-data.js";
export {
  AllowListSpanExporter,
  guardSpan,
  isAllowedSpanAttribute,
  REDACTED_ATTRIBUTES_KEY,
} from "./span-guard.js";
export { startTelemetry, type Telemetry, type TelemetryOptions } from "./telemetry.js";

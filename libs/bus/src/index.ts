export { publishAuditRecord, readAuditRecord, readAuditRecords, rewriteAuditRecords } from "./audit.js";
export { type Bus, type BusOptions, closeOnSignals, connectBus, inboxPrefixForUser } from "./connect.js";
export {
  type ConsumeOptions,
  consumeEvents,
  type EventConsumer,
  type EventHandler,
  type HandlerContext,
} from "./consume.js";
export {
  type DeadLetterInput,
  publishDeadLetter,
  type ReplayOutcome,
  readDeadLetters,
  replayDeadLetter,
  type StoredDeadLetter,
} from "./dead-letter.js";
export {
  deadLetterInvolves,
  type ErasedCounts,
  type ErasureTarget,
  eraseFromStreams,
  mailInvolves,
  threadsInvolving,
} from "./erase.js";
export { type Published, type PublishOptions, publishBytes, publishEvent } from "./publish.js";
export { eachStored, readStream, type StoredEvent, streamCount } from "./read-stream.js";
export {
  awaitPipeline,
  type BucketSpec,
  type ConsumerSpec,
  declareBucket,
  declareConsumer,
  declarePipeline,
  declareStream,
  pipelineStreams,
  type StreamSpec,
  type TopologyOptions,
} from "./topology.js";
export { extractTraceContext, injectTraceContext } from "./trace-context.js";

import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiError,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from "@nats-io/jetstream";
import { type KV, Kvm } from "@nats-io/kv";
import { nanos } from "@nats-io/transport-node";
import { ALL_EVENTS, AuditRecords, DeadLetters } from "@poststelle/contracts";
import type { Bus } from "./connect.js";

export interface StreamSpec {
  name: string;
  subjects: string[];
  maxAgeMs: number;
  duplicateWindowMs: number;
  replicas?: number;
  /** Keep only the latest message of each subject. */
  latestPerSubject?: boolean;
}

export interface TopologyOptions {
  /** How long events stay in their streams, for replay. */
  maxAgeMs: number;
  /** How long the audit records stay; default maxAgeMs. */
  auditMaxAgeMs?: number;
  /** Window in which a repeated Nats-Msg-Id is dropped. */
  duplicateWindowMs: number;
  replicas?: number;
}

const API_CODE_STREAM_NOT_FOUND = 10059;
const API_CODE_CONSUMER_NOT_FOUND = 10014;

function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}

/** Creates the stream, or brings an existing one to this config; safe to call on every start. */
export async function declareStream(jsm: JetStreamManager, spec: StreamSpec): Promise<void> {
  const config: Partial<StreamConfig> & { name: string } = {
    name: spec.name,
    subjects: spec.subjects,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(spec.maxAgeMs),
    duplicate_window: nanos(Math.min(spec.duplicateWindowMs, spec.maxAgeMs)),
    num_replicas: spec.replicas ?? 1,
    max_msgs_per_subject: spec.latestPerSubject ? 1 : -1,
  };
  try {
    await jsm.streams.info(spec.name);
  } catch (error) {
    if (!isApiError(error, API_CODE_STREAM_NOT_FOUND)) throw error;
    try {
      await jsm.streams.add(config);
      return;
    } catch (addError) {
      // Another replica of the service won the race; fall through to update.
      if (!(addError instanceof JetStreamApiError)) throw addError;
    }
  }
  await jsm.streams.update(spec.name, config);
}

/** Every stream of the pipeline: one per event kind, the dead letters and the audit records. */
export function pipelineStreams(options: TopologyOptions): StreamSpec[] {
  const base = {
    maxAgeMs: options.maxAgeMs,
    duplicateWindowMs: options.duplicateWindowMs,
    replicas: options.replicas,
  };
  return [
    ...ALL_EVENTS.map((event) => ({ ...base, name: event.stream, subjects: [event.subject] })),
    { ...base, name: DeadLetters.stream, subjects: [DeadLetters.subjects] },
    {
      ...base,
      name: AuditRecords.stream,
      subjects: [AuditRecords.subjects],
      maxAgeMs: options.auditMaxAgeMs ?? options.maxAgeMs,
      latestPerSubject: true,
    },
  ];
}

/** Creates or updates every stream; only zone P services and operators may (NATS permissions). */
export async function declarePipeline(bus: Bus, options: TopologyOptions): Promise<void> {
  for (const spec of pipelineStreams(options)) await declareStream(bus.jsm, spec);
}

/**
 * Waits until every stream of the pipeline exists, for services that may not declare them
 * (classify, draft): on Kubernetes they can start before ingest has created the streams.
 */
export async function awaitPipeline(
  bus: Bus,
  options: TopologyOptions & { timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (const spec of pipelineStreams(options)) {
    for (;;) {
      try {
        await bus.jsm.streams.info(spec.name);
        break;
      } catch (error) {
        if (!isApiError(error, API_CODE_STREAM_NOT_FOUND) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
}

export interface ConsumerSpec {
  stream: string;
  durable: string;
  filterSubject: string;
  ackWaitMs: number;
  /** Deliveries the server makes; the consumer loop dead-letters on the last one. */
  maxDeliver: number;
  maxAckPending: number;
}

/** A durable, explicit-ack pull consumer; an existing one is updated to the spec. */
export async function declareConsumer(jsm: JetStreamManager, spec: ConsumerSpec): Promise<void> {
  const config = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: spec.filterSubject,
    ack_wait: nanos(spec.ackWaitMs),
    max_deliver: spec.maxDeliver,
    max_ack_pending: spec.maxAckPending,
  };
  try {
    await jsm.consumers.info(spec.stream, spec.durable);
  } catch (error) {
    if (!isApiError(error, API_CODE_CONSUMER_NOT_FOUND)) throw error;
    try {
      await jsm.consumers.add(spec.stream, config);
      return;
    } catch (addError) {
      if (!(addError instanceof JetStreamApiError)) throw addError;
    }
  }
  await jsm.consumers.update(spec.stream, spec.durable, {
    ack_wait: config.ack_wait,
    max_deliver: config.max_deliver,
    max_ack_pending: config.max_ack_pending,
  });
}

export interface BucketSpec {
  name: string;
  /** Entries expire after this long; 0 keeps them. */
  ttlMs: number;
  history?: number;
}

/** Opens a KV bucket, creating it when missing. */
export async function declareBucket(bus: Bus, spec: BucketSpec): Promise<KV> {
  const kvm = new Kvm(bus.js);
  try {
    return await kvm.create(spec.name, {
      ttl: spec.ttlMs,
      history: spec.history ?? 1,
      storage: StorageType.File,
    });
  } catch (error) {
    // The bucket exists with other limits (an operator changed them): use it as it is.
    if (!(error instanceof JetStreamApiError)) throw error;
    return kvm.open(spec.name);
  }
}

import { inboxPrefixForUser } from "@poststelle/bus";
import {
  ALL_EVENTS,
  AuditRecords,
  Buckets,
  DeadLetters,
  type EventType,
  STAGES,
  type Stage,
} from "@poststelle/contracts";

/**
 * Who may do what on NATS, derived from the topology in @poststelle/contracts so the two never
 * drift: one user per service, allowed its own subjects and the JetStream API subjects of its own
 * streams, consumers and KV buckets, and nothing else.
 */

export type Zone = "P" | "M";

/** Zone P handles personal data; zone M sees masked text only (design: trust zones). */
export const ZONES: Readonly<Record<Stage, Zone>> = {
  ingest: "P",
  mask: "P",
  classify: "M",
  draft: "M",
  unmask: "P",
};

/** KV buckets per service; no bucket is shared, so a service's buckets are its own business. */
const BUCKETS_OF: Readonly<Record<Stage, readonly string[]>> = {
  ingest: [Buckets.checkpoints],
  mask: [Buckets.vault],
  classify: [],
  draft: [],
  unmask: [Buckets.deliveries],
};

export interface UserPermissions {
  readonly user: string;
  readonly zone: Zone | "ops";
  readonly publish: readonly string[];
  readonly subscribe: readonly string[];
}

export interface PermissionOptions {
  /**
   * "shared": replies and pulled messages arrive on `_INBOX.>`, as nats.js does by default; any
   * user may then subscribe to any other user's inbox. "per-user": each user gets `_INBOX_<user>.>`
   * and needs the client to connect with `inboxPrefix: "_INBOX_<user>"`.
   */
  readonly inboxes: "shared" | "per-user";
  /**
   * Users allowed to create and update the pipeline's streams. Never a zone M user: updating a
   * stream can add a source (e.g. MAIL_INGESTED into MAIL_MASKED) and so copy plain mail to where
   * classify and draft read.
   */
  readonly streamDeclarers: readonly Stage[];
}

/** What today's services need: every zone P process declares the pipeline on start (process.ts). */
export const DEFAULT_PERMISSION_OPTIONS: PermissionOptions = {
  inboxes: "per-user",
  streamDeclarers: STAGES.filter((stage) => ZONES[stage] === "P"),
};

export const ADMIN_USER = "poststelle-admin";

/** The event a stage consumes: the one the stage before it publishes. */
export function consumedEvent(stage: Stage): EventType<unknown> | undefined {
  const previous = STAGES[STAGES.indexOf(stage) - 1];
  return previous ? ALL_EVENTS.find((event) => event.stage === previous) : undefined;
}

export function publishedEvent(stage: Stage): EventType<unknown> {
  const event = ALL_EVENTS.find((e) => e.stage === stage);
  if (!event) throw new Error(`no event is published by stage ${stage}`);
  return event;
}

export function inboxPrefixFor(user: string, options: PermissionOptions): string {
  return options.inboxes === "per-user" ? inboxPrefixForUser(user) : "_INBOX";
}

const API = "$JS.API";

/** Every stream the pipeline declares at start (declarePipeline). */
export function pipelineStreamNames(): string[] {
  return [...ALL_EVENTS.map((event) => event.stream), DeadLetters.stream, AuditRecords.stream];
}

function consumerSubjects(stream: string, durable: string, filter: string): string[] {
  return [
    `${API}.CONSUMER.INFO.${stream}.${durable}`,
    // nats.js uses CREATE.<stream>.<name>.<filter> on servers that have it, DURABLE.CREATE before.
    `${API}.CONSUMER.CREATE.${stream}.${durable}`,
    `${API}.CONSUMER.CREATE.${stream}.${durable}.${filter}`,
    `${API}.CONSUMER.DURABLE.CREATE.${stream}.${durable}`,
    `${API}.CONSUMER.MSG.NEXT.${stream}.${durable}`,
    `$JS.ACK.${stream}.${durable}.>`,
  ];
}

/** A KV bucket is the stream KV_<name>: put/delete on $KV.<name>.>, get by direct get, keys by an ordered consumer. */
function bucketSubjects(bucket: string): string[] {
  const stream = `KV_${bucket}`;
  return [
    `$KV.${bucket}.>`,
    `${API}.STREAM.INFO.${stream}`,
    `${API}.STREAM.CREATE.${stream}`,
    `${API}.DIRECT.GET.${stream}`,
    `${API}.DIRECT.GET.${stream}.>`,
    `${API}.STREAM.MSG.GET.${stream}`,
    `${API}.CONSUMER.CREATE.${stream}`,
    `${API}.CONSUMER.CREATE.${stream}.>`,
    `${API}.CONSUMER.DELETE.${stream}.>`,
    `${API}.CONSUMER.INFO.${stream}.>`,
    `${API}.CONSUMER.MSG.NEXT.${stream}.>`,
  ];
}

function streamAdminSubjects(stream: string): string[] {
  return [`${API}.STREAM.CREATE.${stream}`, `${API}.STREAM.UPDATE.${stream}`];
}

export function servicePermissions(stage: Stage, options = DEFAULT_PERMISSION_OPTIONS): UserPermissions {
  if (options.streamDeclarers.some((s) => ZONES[s] === "M")) {
    throw new Error("zone M services must not create or update streams");
  }
  const consumed = consumedEvent(stage);
  const published = publishedEvent(stage);
  // STREAM.INFO lets a service see a stream's counts, never its content.
  const declares = options.streamDeclarers.includes(stage);
  const infoStreams = declares
    ? pipelineStreamNames()
    : [published.stream, ...(consumed ? [consumed.stream] : []), DeadLetters.stream];
  const audits = stage === AuditRecords.stage;
  const publish = [
    `${API}.INFO`,
    published.subject,
    ...(audits ? [AuditRecords.subjects, `${API}.STREAM.INFO.${AuditRecords.stream}`] : []),
    DeadLetters.subjectFor(stage),
    ...infoStreams.map((stream) => `${API}.STREAM.INFO.${stream}`),
    ...(declares ? pipelineStreamNames().flatMap(streamAdminSubjects) : []),
    ...(consumed ? consumerSubjects(consumed.stream, stage, consumed.subject) : []),
    ...BUCKETS_OF[stage].flatMap(bucketSubjects),
  ];
  return {
    user: stage,
    zone: ZONES[stage],
    publish: [...new Set(publish)],
    subscribe: [`${inboxPrefixFor(stage, options)}.>`],
  };
}

/** The operator's user for bootstrap, backups and the `nats` CLI: everything in the account. */
export function adminPermissions(): UserPermissions {
  return { user: ADMIN_USER, zone: "ops", publish: [">"], subscribe: [">"] };
}

export function allPermissions(options = DEFAULT_PERMISSION_OPTIONS): UserPermissions[] {
  return [...STAGES.map((stage) => servicePermissions(stage, options)), adminPermissions()];
}

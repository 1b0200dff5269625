import {
  DeadLetter,
  MailAudited,
  MailClassified,
  MailDelivered,
  MailDrafted,
  MailIngested,
  MailMasked,
} from "./gen/poststelle/v1/events.js";
import type { EventMeta } from "./gen/poststelle/v1/mail.js";

/** Bumped when an event changes incompatibly; consumers reject newer majors. */
export const SCHEMA_VERSION = 1;

export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
}

/** One kind of event on the bus: its subject, the stream that keeps it and its codec. */
export interface EventType<T> {
  /** The pipeline stage that publishes it, used in Nats-Msg-Id and span names. */
  readonly stage: Stage;
  readonly subject: string;
  readonly stream: string;
  readonly codec: Codec<T>;
  readonly metaOf: (event: T) => EventMeta | undefined;
}

export type Stage = "ingest" | "mask" | "classify" | "draft" | "unmask";
export const STAGES: readonly Stage[] = ["ingest", "mask", "classify", "draft", "unmask"];

/*
 * One stream per event kind, so that NATS permissions can keep zone M services (classify,
 * draft) away from streams that hold plain mail: consumer creation is authorised per stream.
 */
export const Events = {
  ingested: {
    stage: "ingest",
    subject: "mail.ingested",
    stream: "MAIL_INGESTED",
    codec: MailIngested,
    metaOf: (e) => e.meta,
  } satisfies EventType<MailIngested> as EventType<MailIngested>,
  masked: {
    stage: "mask",
    subject: "mail.masked",
    stream: "MAIL_MASKED",
    codec: MailMasked,
    metaOf: (e) => e.meta,
  } satisfies EventType<MailMasked> as EventType<MailMasked>,
  classified: {
    stage: "classify",
    subject: "mail.classified",
    stream: "MAIL_CLASSIFIED",
    codec: MailClassified,
    metaOf: (e) => e.mail?.meta,
  } satisfies EventType<MailClassified> as EventType<MailClassified>,
  drafted: {
    stage: "draft",
    subject: "mail.drafted",
    stream: "MAIL_DRAFTED",
    codec: MailDrafted,
    metaOf: (e) => e.meta,
  } satisfies EventType<MailDrafted> as EventType<MailDrafted>,
  delivered: {
    stage: "unmask",
    subject: "mail.delivered",
    stream: "MAIL_DELIVERED",
    codec: MailDelivered,
    metaOf: (e) => e.meta,
  } satisfies EventType<MailDelivered> as EventType<MailDelivered>,
} as const;

export const ALL_EVENTS: readonly EventType<unknown>[] = Object.values(Events) as EventType<unknown>[];

/** Dead letters of every stage; zone P, because an original payload may hold a plain mail. */
export const DeadLetters = {
  stream: "DEADLETTER",
  subjects: "deadletter.>",
  subjectFor: (stage: string) => `deadletter.${stage}`,
  codec: DeadLetter as Codec<DeadLetter>,
} as const;

/**
 * Audit records: one per delivered mail, published by unmask, read by operators. Zone M in
 * content (ids and codes only), kept far longer than the mail streams, the latest per mail.
 */
export const AuditRecords = {
  /** The stage that publishes them, once a mail is delivered. */
  stage: "unmask" as Stage,
  stream: "AUDIT",
  subjects: "audit.>",
  subjectFor: (mailId: string) => `audit.${mailId}`,
  /** For span names and metric labels, which must not carry one name per mail. */
  subjectTemplate: "audit.{mail_id}",
  codec: MailAudited as Codec<MailAudited>,
} as const;

/** KV buckets, declared by the bus library like the streams. */
export const Buckets = {
  /** Ingest checkpoints per mailbox: UIDVALIDITY and last UID. */
  checkpoints: "ingest_checkpoints",
  /** Encrypted placeholder values per thread; only mask may touch it. */
  vault: "privacy_vault",
  /** Side effects already done (draft appended, mail moved), so a redelivery does nothing twice. */
  deliveries: "unmask_deliveries",
} as const;

/** Nats-Msg-Id for an event: the mail id plus the stage, so a retried publish is dropped. */
export function messageIdFor(mailId: string, stage: Stage): string {
  return `${mailId}:${stage}`;
}

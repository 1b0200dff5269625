import * as z from "zod";
import {
  decimal,
  flag,
  httpUrl,
  integer,
  path,
  pattern,
  port,
  type ResolveContext,
  ratio,
  text,
} from "./fields.js";
import { mailboxes } from "./schema-mailboxes.js";
import { department, embeddedClassifier, rule, triage } from "./schema-routing.js";
import { secret, vaultKeyCheck } from "./secrets.js";
import type { Config } from "./types.js";

/**
 * The whole file's schema. Objects are strict (an unknown key is a typo until proven otherwise);
 * everything but mailboxes and departments has a default. Built per parse because secrets and
 * relative paths resolve against that parse's environment and directory.
 */
export function configSchema(ctx: ResolveContext) {
  const nats = z.strictObject({
    servers: z
      .array(text())
      .min(1)
      .default(() => ["nats://127.0.0.1:4222"]),
    user: text().optional(),
    password: secret(ctx, "nats").optional(),
    credsFile: path(ctx).optional(),
    token: secret(ctx, "nats").optional(),
    streamMaxAgeHours: integer(1).default(168),
    duplicateWindowMinutes: integer(1).default(120),
    auditMaxAgeDays: integer(1).default(180),
    embedded: flag().default(false),
  });

  const telemetry = z.strictObject({
    serviceName: text().optional(),
    otlpEndpoint: httpUrl().optional(),
    metricsPort: port().default(9464),
    metricsHost: text().default("0.0.0.0"),
    logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  });

  const llmEndpoint = z.strictObject({
    baseUrl: httpUrl(),
    model: text(),
    apiKey: secret(ctx, "llm").optional(),
    timeoutMs: integer(1).default(30_000),
    maxRetries: integer(0, 10).default(2),
    retryBackoffMs: integer(0).default(500),
    concurrency: integer(1, 1024).default(8),
    breakerFailureThreshold: integer(1).default(5),
    breakerResetMs: integer(1).default(30_000),
    temperature: decimal(0, 2).default(0),
    maxTokens: integer(1).default(512),
  });

  const privacy = z.strictObject({
    grpc: z
      .strictObject({
        host: text().default("0.0.0.0"),
        // 0: any free port, resolved at start (single-process runs, where clients learn it in-process).
        port: integer(0, 65535).default(50051),
        address: text().optional(),
        token: secret(ctx, "privacy").optional(),
        tls: z
          .strictObject({ certFile: path(ctx), keyFile: path(ctx), caFile: path(ctx).optional() })
          .optional(),
      })
      .prefault({}),
    patterns: z
      .array(
        z.strictObject({
          type: z.enum([
            "ORDER_NUMBER",
            "CUSTOMER_NUMBER",
            "INVOICE_NUMBER",
            "CONTRACT_NUMBER",
            "CLAIM_NUMBER",
            "TICKET_NUMBER",
            "SECRET",
          ]),
          name: text(),
          regex: pattern(),
        }),
      )
      .default(() => []),
  });

  const vault = z.strictObject({
    key: secret(ctx, "vault", vaultKeyCheck).optional(),
    keyId: text().default("k1"),
    previousKeys: z
      .array(z.strictObject({ keyId: text(), key: secret(ctx, "vault", vaultKeyCheck) }))
      .default(() => []),
    retentionDays: integer(1).default(90),
  });

  const delivery = z.strictObject({
    autoSend: z
      .strictObject({
        enabled: flag().default(false),
        intents: z.array(text()).default(() => []),
        minConfidence: ratio().default(0.95),
        perRecipientPerHour: integer(0).default(1),
      })
      .prefault({}),
  });

  const stages = z.strictObject({
    concurrency: z
      .strictObject({
        mask: integer(1, 1024).default(8),
        classify: integer(1, 1024).default(8),
        draft: integer(1, 1024).default(8),
        unmask: integer(1, 1024).default(8),
      })
      .prefault({}),
    // Retries span about 3 hours 15 minutes, so a mail server's restart or an evening's maintenance
    // window passes without dead letters; a permanent error still dead-letters at once. Half-hour
    // steps at the end: a waiting mail costs one attempt per step, and goes out at most that late.
    maxDeliver: integer(1).default(12),
    ackWaitMs: integer(1000).default(30_000),
    backoffMs: z.array(integer(0)).default(() => [1000, 5000, 30_000, 120_000, 600_000, 1_800_000]),
  });

  return z.strictObject({
    nats: nats.prefault({}),
    telemetry: telemetry.prefault({}),
    mailboxes: mailboxes(ctx),
    departments: z.array(department).min(1),
    triage: triage.prefault({}),
    rules: z.array(rule).default(() => []),
    embeddedClassifier: embeddedClassifier(ctx).prefault({}),
    llm: z.strictObject({ classify: llmEndpoint.optional(), draft: llmEndpoint.optional() }).prefault({}),
    privacy: privacy.prefault({}),
    vault: vault.prefault({}),
    delivery: delivery.prefault({}),
    stages: stages.prefault({}),
  });
}

/** Fails to compile when the schema's output and the documented Config types drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<ReturnType<typeof configSchema>>, Config> = true;
void schemaMatchesTypes;

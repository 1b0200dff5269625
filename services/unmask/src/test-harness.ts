import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Bus, connectBus, declarePipeline } from "@poststelle/bus";
import { type Config, parseConfig } from "@poststelle/config";
import { Events } from "@poststelle/contracts";
import { startMask } from "@poststelle/mask";
import { connectPrivacyService, type PrivacyClient, type RunningService } from "@poststelle/runtime";
import { createLogger } from "@poststelle/telemetry";
import {
  type Dovecot,
  freePort,
  type NatsServer,
  type OAuthProvider,
  type SmtpSink,
  startDovecot,
  startNats,
  startOAuthProvider,
  startSmtpSink,
} from "@poststelle/test-support";
import { startUnmask } from "./index.js";

/** Real nats-server, mask (PrivacyService and vault) and unmask, plus Dovecot and an SMTP sink if asked. */
export interface DeliveryHarness {
  dir: string;
  nats: NatsServer;
  dovecot: Dovecot | undefined;
  smtp: SmtpSink | undefined;
  /** With `oauth2: true`: the token issuer that Dovecot and the SMTP sink both check against. */
  oauth: OAuthProvider | undefined;
  config: Config;
  bus: Bus;
  privacy: PrivacyClient;
  /** Log lines at warn and above (a failed delivery logs one before its retry). */
  warnings: string[];
  /** Resolves once unmask has taken and settled every mail.drafted event published so far. */
  unmaskIdle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessEndpoints {
  /** The harness's temp dir, for files the config names (drafts, token files). */
  dir: string;
  natsUrl: string;
  grpcPort: number;
  imap?: { host: string; port: number };
  smtp?: { host: string; port: number };
}

/**
 * The config of a one-mailbox delivery test: IMAP user `user` on the harness's Dovecot, sending
 * through its SMTP sink when one runs, with these departments (YAML flow maps) and a triage one.
 * `auth` defaults to the password in env PASSWORD; `extra` is appended as it is.
 */
export function oneMailboxYaml(
  e: HarnessEndpoints,
  options: { user: string; auth?: string; departments: string[]; extra?: string },
): string {
  const lines = [
    `nats: { servers: ["${e.natsUrl}"] }`,
    "mailboxes:",
    `  - id: ${options.user}`,
    "    kind: imap",
    `    address: ${options.user}@shop.example`,
    `    host: ${e.imap!.host}`,
    `    port: ${e.imap!.port}`,
    "    tls: false",
    `    user: ${options.user}`,
    `    auth: ${options.auth ?? "{ password: { env: PASSWORD } }"}`,
    ...(e.smtp ? [`    smtp: { host: ${e.smtp.host}, port: ${e.smtp.port}, secure: false }`] : []),
    "departments:",
    ...options.departments.map((department) => `  - ${department}`),
    "  - { id: triage, name: Triage, description: Unclear. }",
    "triage: { department: triage }",
    `privacy: { grpc: { host: 127.0.0.1, port: ${e.grpcPort} } }`,
    "vault: { key: { env: KEY } }",
  ];
  return `${lines.join("\n")}\n${options.extra ?? ""}`;
}

export async function startDeliveryHarness(options: {
  imapUser?: { user: string; password: string };
  smtp?: boolean;
  /** Dovecot also accepts, and the SMTP sink only accepts, XOAUTH2 tokens of one OAuth provider. */
  oauth2?: boolean;
  /** IMAP extensions Dovecot does not announce, e.g. ["MOVE"]. */
  withoutCapabilities?: string[];
  /** The config file's text; secrets come from env (KEY is set to a vault key). */
  yaml: (endpoints: HarnessEndpoints) => string;
  env?: Record<string, string>;
}): Promise<DeliveryHarness> {
  const dir = await mkdtemp(join(tmpdir(), "poststelle-delivery-"));
  const oauth = options.oauth2 ? await startOAuthProvider() : undefined;
  const [nats, dovecot, smtp] = await Promise.all([
    startNats(),
    options.imapUser
      ? startDovecot({ oauth2: oauth, withoutCapabilities: options.withoutCapabilities })
      : undefined,
    options.smtp ? startSmtpSink({ oauth2: oauth }) : undefined,
  ]);
  if (dovecot && options.imapUser) await dovecot.addUser(options.imapUser.user, options.imapUser.password);
  const grpcPort = await freePort();
  const config = parseConfig(
    options.yaml({
      dir,
      natsUrl: nats.url,
      grpcPort,
      imap: dovecot ? { host: dovecot.host, port: dovecot.port } : undefined,
      smtp: smtp ? { host: smtp.host, port: smtp.port } : undefined,
    }),
    {
      file: join(dir, "poststelle.yaml"),
      env: { KEY: Buffer.alloc(32, 9).toString("base64"), ...options.env },
    },
  );
  const bus = await connectBus({ servers: nats.url, name: "delivery-test" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  const warnings: string[] = [];
  const logger = createLogger({
    name: "delivery-test",
    level: "warn",
    destination: { write: (line: string) => warnings.push(line) },
  });
  const services: RunningService[] = [
    await startUnmask({ config, bus, logger }),
    await startMask({ config, bus, logger }),
  ];
  const privacy = connectPrivacyService({ address: `127.0.0.1:${grpcPort}` });

  return {
    dir,
    nats,
    dovecot,
    smtp,
    oauth,
    config,
    bus,
    privacy,
    warnings,
    async unmaskIdle(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const info = await bus.jsm.consumers.info(Events.drafted.stream, "unmask");
        const last = (await bus.jsm.streams.info(Events.drafted.stream)).state.last_seq;
        if (info.delivered.stream_seq >= last && info.num_pending === 0 && info.num_ack_pending === 0) return;
        if (Date.now() > deadline) throw new Error("unmask did not finish in time");
        await sleep(100);
      }
    },
    async stop() {
      privacy.close();
      for (const service of services) await service.stop().catch(() => {});
      await bus.close(2_000);
      await Promise.allSettled([nats.stop(), dovecot?.stop(), smtp?.stop(), oauth?.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

import { setTimeout as sleep } from "node:timers/promises";
import { type Bus, connectBus, declarePipeline } from "@poststelle/bus";
import { type Config, type ImapMailboxConfig, parseConfig, Secret } from "@poststelle/config";
import { DeadLetter, DeadLetters, Events, MailIngested } from "@poststelle/contracts";
import type { ServiceContext } from "@poststelle/runtime";
import { createLogger, type Logger } from "@poststelle/telemetry";
import {
  type Dovecot,
  type DovecotOptions,
  type ImapAccount,
  type NatsServer,
  startDovecot,
  startNats,
} from "@poststelle/test-support";
import { ImapFlow } from "imapflow";

/** Test helpers only: a real nats-server and Dovecot, a bus, and ways to look into the streams. */
export interface IngestTestEnv {
  readonly nats: NatsServer;
  readonly dovecot: Dovecot;
  readonly bus: Bus;
  readonly account: ImapAccount;
  /** Every log line ingest wrote, as JSON text. */
  readonly logLines: string[];
  readonly logger: Logger;
  config(mailbox?: Partial<ImapMailboxConfig>): Config;
  context(config: Config): ServiceContext;
  ingested(): Promise<MailIngested[]>;
  deadLetters(): Promise<DeadLetter[]>;
  streamCount(stream?: string): Promise<number>;
  close(): Promise<void>;
}

const BASE_YAML = `
nats:
  servers: [nats://127.0.0.1:4222]
mailboxes:
  - id: placeholder
    kind: folder
    address: placeholder@example.com
    path: /tmp
departments:
  - id: triage
    name: Triage
    description: everything
triage:
  department: triage
`;

export const MAILBOX_ID = "support";

/** `dovecotOptions` shape the server: OAuth2 logins, extensions left out. */
export async function startIngestTestEnv(dovecotOptions: DovecotOptions = {}): Promise<IngestTestEnv> {
  const nats = await startNats();
  const dovecot = await startDovecot(dovecotOptions).catch(async (error) => {
    await nats.stop();
    throw error;
  });
  const account = await dovecot.addUser("support", "secret-pw");
  const bus = await connectBus({ servers: nats.url, name: "ingest-test" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 120_000 });
  const logLines: string[] = [];
  const logger = createLogger({
    name: "ingest-test",
    level: "debug",
    destination: { write: (line: string) => logLines.push(line) },
  });

  const readStream = async (stream: string): Promise<Uint8Array[]> => {
    const info = await bus.jsm.streams.info(stream);
    const out: Uint8Array[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const message = await bus.jsm.streams.getMessage(stream, { seq });
      if (message) out.push(message.data);
    }
    return out;
  };

  return {
    nats,
    dovecot,
    bus,
    account,
    logLines,
    logger,
    config: (mailbox = {}) => imapTestConfig(nats.url, account, mailbox),
    context: (config) => ({ config, bus, logger }),
    ingested: async () => (await readStream(Events.ingested.stream)).map((data) => MailIngested.decode(data)),
    deadLetters: async () => (await readStream(DeadLetters.stream)).map((data) => DeadLetter.decode(data)),
    streamCount: async (stream = Events.ingested.stream) =>
      (await bus.jsm.streams.info(stream)).state.messages,
    async close() {
      await bus.close(1_000).catch(() => {});
      await dovecot.stop().catch(() => {});
      await nats.stop().catch(() => {});
    },
  };
}

/** A config with one IMAP mailbox "support" on the test account; everything else minimal. */
export function imapTestConfig(
  natsUrl: string,
  account: ImapAccount,
  mailbox: Partial<ImapMailboxConfig> = {},
): Config {
  const config = parseConfig(BASE_YAML, { file: "/tmp/ingest-test.yaml", env: {} });
  config.nats.servers = [natsUrl];
  const imap: ImapMailboxConfig = {
    id: MAILBOX_ID,
    kind: "imap",
    address: "support@example.com",
    host: account.host,
    port: account.port,
    tls: false,
    tlsRejectUnauthorized: true,
    user: account.user,
    auth: { password: new Secret(account.password) },
    folders: ["INBOX"],
    pollIntervalMs: 60_000,
    idleRestartMs: 300_000,
    reconnectMinMs: 100,
    reconnectMaxMs: 1_000,
    maxMessageBytes: 1024 * 1024,
    ...mailbox,
  };
  config.mailboxes = [imap];
  return config;
}

/** A small, unique customer mail; `i` makes Message-ID and subject distinct. */
export function testMail(i: number, options: { bodyBytes?: number; extraHeaders?: string } = {}): string {
  const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(
    Math.ceil((options.bodyBytes ?? 200) / 57),
  );
  return [
    `From: Kunde ${i} <kunde${i}@example.org>`,
    "To: support@example.com",
    `Subject: Anfrage Nummer ${i}`,
    "Date: Tue, 12 Mar 2024 10:15:00 +0100",
    `Message-ID: <mail-${i}@example.org>`,
    ...(options.extraHeaders ? [options.extraHeaders] : []),
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Hallo, ich habe eine Frage zu Vorgang ${i}.`,
    filler.slice(0, options.bodyBytes ?? 200),
    "",
  ].join("\r\n");
}

/** APPENDs many mails over one connection (Dovecot's helper opens one per mail). */
export async function appendMany(
  account: ImapAccount,
  folder: string,
  mails: readonly string[],
): Promise<number[]> {
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    auth: { user: account.user, pass: account.password },
    // Test servers use a self-signed certificate (and offer STARTTLS on the plain port).
    tls: { rejectUnauthorized: false },
    logger: false,
  });
  client.on("error", () => {});
  await client.connect();
  const uids: number[] = [];
  try {
    for (const mail of mails) {
      const result = await client.append(folder, mail);
      if (result === false || result.uid === undefined) throw new Error("APPEND returned no UID");
      uids.push(result.uid);
    }
  } finally {
    await client.logout();
  }
  return uids;
}

/** Polls until `check` returns true; fails with `label` after timeoutMs. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, label: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}`);
    await sleep(50);
  }
}

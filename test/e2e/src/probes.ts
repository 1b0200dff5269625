import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { type Bus, readStream } from "@poststelle/bus";
import { DeadLetters, Events, type MailDelivered, mailIdFor } from "@poststelle/contracts";
import { startTelemetry, type Telemetry } from "@poststelle/telemetry";
import { type Dovecot, type ImapAccount, withImap } from "@poststelle/test-support";
import { simpleParser } from "mailparser";
import type { GeneratedMail } from "./mails.js";

/* How the end-to-end tests feed the mailbox and look at what came out: IMAP, streams, telemetry. */

export const MAILBOX_ID = "support";

export interface AppendedMail extends GeneratedMail {
  uid: number;
  mailId: string;
}

/** APPENDs every mail to INBOX in order; the mail id is what ingest must derive from the UID. */
export async function appendMails(
  dovecot: Dovecot,
  user: string,
  mails: readonly GeneratedMail[],
): Promise<AppendedMail[]> {
  const uidValidity = await dovecot.uidValidity(user, "INBOX");
  const out: AppendedMail[] = [];
  for (const mail of mails) {
    const uid = await dovecot.append(user, "INBOX", mail.raw);
    out.push({ ...mail, uid, mailId: mailIdFor(MAILBOX_ID, uidValidity, uid) });
  }
  return out;
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Waits until MAIL_DELIVERED plus DEADLETTER hold at least `count` messages. */
export async function waitForOutcomes(bus: () => Bus, count: number, timeoutMs: number): Promise<void> {
  await waitFor(
    `${count} delivered or dead-lettered mails`,
    async () => {
      const jsm = bus().jsm;
      const delivered = (await jsm.streams.info(Events.delivered.stream)).state.messages;
      const dead = (await jsm.streams.info(DeadLetters.stream)).state.messages;
      return delivered + dead >= count;
    },
    timeoutMs,
  );
}

export async function deliveredEvents(bus: Bus): Promise<MailDelivered[]> {
  return (await readStream(bus, Events.delivered)).map((s) => s.event);
}

/**
 * The pipeline's promise: no mail dead-lettered, every mail delivered exactly once, and exactly one
 * draft for each mail that is not automatic. `log` is shown when mail was dead-lettered.
 */
export async function assertEachMailOnce(
  bus: Bus,
  mails: readonly AppendedMail[],
  drafts: readonly DraftInMailbox[],
  log: () => Promise<string>,
): Promise<MailDelivered[]> {
  const reasons = (await readStream(bus, DeadLetters)).map((d) => `${d.event.stage}:${d.event.reasonCode}`);
  // The log is read only when it is needed to explain a failure.
  if (reasons.length > 0)
    assert.fail(`no mail may be dead-lettered, got ${reasons.join(", ")}\n${await log()}`);
  const delivered = await deliveredEvents(bus);
  const ids = delivered.map((e) => e.meta?.mailId ?? "");
  assert.deepEqual(duplicates(ids), [], "no mail is delivered twice");
  assert.deepEqual(new Set(ids), new Set(mails.map((m) => m.mailId)), "every mail is delivered");
  const draftIds = drafts.map((d) => d.mailId);
  assert.deepEqual(duplicates(draftIds), [], "no mail has two drafts");
  assert.deepEqual(
    new Set(draftIds),
    new Set(mails.filter((m) => !m.automatic).map((m) => m.mailId)),
    "one draft for every draftable mail, none for automatic mail",
  );
  return delivered;
}

/** Every message's bytes in a stream, as stored: for leak checks on what zone M sees. */
export async function rawStream(bus: Bus, stream: string): Promise<Buffer[]> {
  const info = await bus.jsm.streams.info(stream);
  const out: Buffer[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const stored = await bus.jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (stored) out.push(Buffer.from(stored.data));
  }
  return out;
}

/** Counts of each value; the entries with more than one are duplicates. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([v]) => v);
}

export interface DraftInMailbox {
  mailId: string;
  to: string[];
  inReplyTo: string | undefined;
  text: string;
  department: string;
}

/** The drafts folder as a person would see it, keyed by the X-Poststelle-Mail-Id header. */
export async function draftsInMailbox(account: ImapAccount, folder = "Drafts"): Promise<DraftInMailbox[]> {
  return withImap(account, async (client) => {
    const lock = await client.getMailboxLock(folder);
    try {
      const out: DraftInMailbox[] = [];
      if (client.mailbox && client.mailbox.exists === 0) return out;
      for await (const message of client.fetch("1:*", { uid: true, source: true })) {
        const parsed = await simpleParser(message.source!);
        const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
          a.value.map((v) => v.address ?? ""),
        );
        out.push({
          mailId: String(parsed.headers.get("x-poststelle-mail-id") ?? ""),
          to,
          inReplyTo: parsed.inReplyTo,
          text: parsed.text ?? "",
          department: String(parsed.headers.get("x-poststelle-department") ?? ""),
        });
      }
      return out;
    } finally {
      lock.release();
    }
  });
}

export interface CapturedTelemetry {
  telemetry: Telemetry;
  spans: InMemorySpanExporter;
  logLines: string[];
}

/** Telemetry as production runs it, with spans (after the guard) and log lines kept in memory. */
export function captureTelemetry(logLevel = "debug"): CapturedTelemetry {
  const spans = new InMemorySpanExporter();
  const logLines: string[] = [];
  const telemetry = startTelemetry({
    serviceName: "poststelle",
    spanExporter: spans,
    logLevel,
    logDestination: { write: (line: string) => logLines.push(line) },
  });
  return { telemetry, spans, logLines };
}

import { AuditRecords, type MailAudited } from "@poststelle/contracts";
import type { Bus } from "./connect.js";
import { type Published, publishBytes } from "./publish.js";
import { eachStored, lenient, readStream } from "./read-stream.js";

/**
 * Stores a mail's audit record under `audit.<mail id>`. The stream keeps only the latest per mail,
 * and a retried publish within the duplicate window is dropped.
 */
export function publishAuditRecord(bus: Bus, record: MailAudited): Promise<Published> {
  return publishRecord(bus, record, `${record.mailId}:audit`);
}

function publishRecord(bus: Bus, record: MailAudited, msgId: string): Promise<Published> {
  return publishBytes(
    bus,
    AuditRecords.subjectFor(record.mailId),
    AuditRecords.codec.encode(record).finish(),
    {
      msgId,
      subjectTemplate: AuditRecords.subjectTemplate,
      attributes: {
        "poststelle.stage": AuditRecords.stage,
        "poststelle.mail_id": record.mailId,
        "poststelle.thread_id": record.threadId,
      },
    },
  );
}

/** One mail's audit record, looked up by its subject; undefined when the stream has none. */
export async function readAuditRecord(bus: Bus, mailId: string): Promise<MailAudited | undefined> {
  const stored = await bus.jsm.streams.getMessage(AuditRecords.stream, {
    last_by_subj: AuditRecords.subjectFor(mailId),
  });
  return stored ? AuditRecords.codec.decode(stored.data) : undefined;
}

/** The records of the stream's last `last` sequences, oldest first. */
export async function readAuditRecords(bus: Bus, options: { last: number }): Promise<MailAudited[]> {
  const stored = await readStream(bus, AuditRecords, { last: options.last });
  return stored.map((s) => s.event);
}

/**
 * Replaces the threads' audit records with what `change` makes of them (undefined: left as they
 * are), for an erasure. The stored record is overwritten (secure delete) before its successor is
 * published: the stream's one-per-subject limit would only unlink it. Returns how many changed.
 */
export async function rewriteAuditRecords(
  bus: Bus,
  threadIds: ReadonlySet<string>,
  change: (record: MailAudited) => MailAudited | undefined,
): Promise<number> {
  let changed = 0;
  // The walk ends at the sequence that was last when it began: it never meets its own records.
  for await (const { sequence, event } of eachStored(bus, lenient(AuditRecords))) {
    if (event === undefined || !threadIds.has(event.threadId)) continue;
    const next = change(event);
    if (next === undefined) continue;
    await bus.jsm.streams.deleteMessage(AuditRecords.stream, sequence, true);
    // Its own message id: the first record's id may still be in the duplicate window.
    await publishRecord(bus, next, `${next.mailId}:audit:rewritten:${sequence}`);
    changed++;
  }
  return changed;
}

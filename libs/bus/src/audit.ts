import { AuditRecords, type MailAudited } from "@poststelle/contracts";
import type { Bus } from "./connect.js";
import { type Published, publishBytes } from "./publish.js";
import { readStream } from "./read-stream.js";

/**
 * Stores a mail's audit record under `audit.<mail id>`. The stream keeps only the latest per mail,
 * and a retried publish within the duplicate window is dropped.
 */
export function publishAuditRecord(bus: Bus, record: MailAudited): Promise<Published> {
  return publishBytes(
    bus,
    AuditRecords.subjectFor(record.mailId),
    AuditRecords.codec.encode(record).finish(),
    {
      msgId: `${record.mailId}:audit`,
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

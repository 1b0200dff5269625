import { Events, type MailIngested, mailIdFor, SCHEMA_VERSION, threadIdFor } from "@poststelle/contracts";

/** A minimal ingested event for bus tests; the body is synthetic, never a real mail. */
export function sampleIngested(uid: number, mailbox = "support"): MailIngested {
  const mailId = mailIdFor(mailbox, 1, uid);
  return Events.ingested.codec.decode(
    Events.ingested.codec
      .encode({
        meta: {
          schemaVersion: SCHEMA_VERSION,
          mailId,
          threadId: threadIdFor(mailbox, `thread-${uid}@test`, "customer@example.net"),
          ref: { mailbox, folder: "INBOX", uidValidity: 1, uid, messageId: `m${uid}@test` },
          occurredAt: { seconds: 1_700_000_000 + uid, nanos: 0 },
        },
        from: undefined,
        to: [],
        cc: [],
        replyTo: [],
        subject: `synthetic ${uid}`,
        date: undefined,
        inReplyTo: "",
        references: [],
        languageHint: "en",
        bodyText: `body ${uid}`,
        quotedText: "",
        signature: "",
        attachments: [],
        automatic: 1,
        sizeBytes: 100,
        headers: {},
      })
      .finish(),
  );
}

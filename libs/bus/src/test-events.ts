import { Events, type MailIngested, mailIdFor, SCHEMA_VERSION, threadIdFor } from "@poststelle/contracts";
import type { ConsumeOptions } from "./consume.js";

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

/** Consumer options of the bus tests: stage "test" on mail.ingested, small limits. */
export function consumerOptions(
  durable: string,
  handler: ConsumeOptions<MailIngested>["handler"],
  overrides: Partial<ConsumeOptions<MailIngested>> = {},
): ConsumeOptions<MailIngested> {
  return {
    event: Events.ingested,
    durable,
    stage: "test",
    handler,
    concurrency: 4,
    maxDeliver: 3,
    ackWaitMs: 5_000,
    backoffMs: [200],
    ...overrides,
  };
}

/** Polls `check` every 25 ms until it holds; fails naming `what` after timeoutMs. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

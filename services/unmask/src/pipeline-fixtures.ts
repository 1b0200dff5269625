import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Config } from "@poststelle/config";
import { parseConfig } from "@poststelle/config";
import {
  AutomaticKind,
  type Classification,
  DecidedBy,
  type DraftSource,
  type MailClassified,
  type MailDrafted,
  type MailRef,
  mailIdFor,
  Priority,
  SCHEMA_VERSION,
  Sentiment,
  threadIdFor,
  timestampFromDate,
} from "@poststelle/contracts";
import type { PrivacyClient } from "@poststelle/runtime";

/** Test set-up for the end-to-end delivery test: one IMAP mailbox with SMTP, three departments. */
export interface PipelineEndpoints {
  natsUrl: string;
  imap: { host: string; port: number; user: string; password: string };
  smtp: { host: string; port: number };
  llmBaseUrl: string;
  grpcPort: number;
  grpcToken: string;
  dir: string;
}

export const MAILBOX_ADDRESS = "support@shop.example";
export const BILLING_FORWARD = "buchhaltung@shop.example";

export function pipelineConfig(endpoints: PipelineEndpoints): Config {
  const yaml = `
nats:
  servers: ["${endpoints.natsUrl}"]
mailboxes:
  - id: support
    kind: imap
    address: ${MAILBOX_ADDRESS}
    host: ${endpoints.imap.host}
    port: ${endpoints.imap.port}
    tls: false
    user: ${endpoints.imap.user}
    auth:
      password: { env: TEST_IMAP_PASSWORD }
    smtp:
      host: ${endpoints.smtp.host}
      port: ${endpoints.smtp.port}
      secure: false
      pool: true
departments:
  - id: orders
    name: Bestellungen
    description: Order status and delivery.
    action: { moveTo: Abteilungen/Bestellungen, keyword: poststelle-orders }
    signature: "Beispiel-Shop Kundenservice"
  - id: billing
    name: Buchhaltung
    description: Invoices and payments.
    action: { moveTo: Abteilungen/Buchhaltung, forwardTo: ${BILLING_FORWARD} }
    signature: "Beispiel-Shop Buchhaltung"
    templates:
      de:
        subject: "Re: {{subject}}"
        body: "Guten Tag,\\n\\nIhre Nachricht zu „{{subject}}“ liegt beim Team {{department}}.\\n\\nMit freundlichen Grüßen\\n{{signature}}"
  - id: general
    name: Allgemein
    description: Everything else.
    action: { keyword: poststelle-general }
  - id: triage
    name: Triage
    description: Unclear mail.
triage: { department: triage }
llm:
  draft: { baseUrl: "${endpoints.llmBaseUrl}", model: test-model, maxRetries: 0, timeoutMs: 5000 }
privacy:
  grpc: { host: 127.0.0.1, port: ${endpoints.grpcPort}, token: { env: TEST_GRPC_TOKEN } }
  patterns:
    - { type: ORDER_NUMBER, name: shop-order-number, regex: "\\\\bBST-?\\\\d{6,10}\\\\b" }
    - { type: INVOICE_NUMBER, name: shop-invoice-number, regex: "\\\\bRE-?\\\\d{4}-?\\\\d{4,8}\\\\b" }
vault:
  key: { env: TEST_VAULT_KEY }
stages:
  ackWaitMs: 10000
  backoffMs: [200, 500]
`;
  return parseConfig(yaml, {
    file: join(endpoints.dir, "poststelle.yaml"),
    env: {
      TEST_IMAP_PASSWORD: endpoints.imap.password,
      TEST_GRPC_TOKEN: endpoints.grpcToken,
      TEST_VAULT_KEY: randomBytes(32).toString("base64"),
    },
  });
}

/** A customer mail as it arrives, with the values the test expects to see restored. */
export interface CustomerMail {
  name: string;
  address: string;
  messageId: string;
  references?: string[];
  subject: string;
  body: string;
  /** Extra header lines, e.g. "Precedence: bulk". */
  headers?: string[];
}

/** A short invoice question from one customer; `tag` and `n` make Message-ID and subject unique. */
export function invoiceMail(tag: string, n: number): CustomerMail {
  return {
    name: "Erika Schmidt",
    address: "erika@kunde.example",
    messageId: `${tag}-${n}@kunde.example`,
    subject: `Rechnung ${n}`,
    body: "Bitte prüfen.\n\nErika Schmidt",
  };
}

export function rawMail(mail: CustomerMail): string {
  const lines = [
    `From: ${mail.name} <${mail.address}>`,
    `To: ${MAILBOX_ADDRESS}`,
    `Subject: ${mail.subject}`,
    `Message-ID: <${mail.messageId}>`,
    ...(mail.references ? [`References: ${mail.references.map((id) => `<${id}>`).join(" ")}`] : []),
    "Date: Mon, 03 Mar 2025 09:15:00 +0100",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    ...(mail.headers ?? []),
    "",
    mail.body,
    "",
  ];
  return lines.join("\r\n");
}

export function classification(department: string, intent: string, confidence = 0.9): Classification {
  return {
    department,
    intent,
    priority: Priority.PRIORITY_NORMAL,
    language: "de",
    sentiment: Sentiment.SENTIMENT_NEUTRAL,
    confidence,
    decidedBy: DecidedBy.DECIDED_BY_LLM,
    rule: "",
    model: "test-model",
    promptVersion: "classify-test",
    reason: "",
  };
}

/**
 * mail.classified as mask and classify would publish it: subject, body and sender masked by the
 * real PrivacyService into the mail's thread, so the vault holds the values unmask must restore.
 */
export async function classifiedEvent(
  privacy: PrivacyClient,
  mail: CustomerMail,
  ref: Omit<MailRef, "messageId">,
  c: Classification,
  options: { automatic?: AutomaticKind; noDraft?: boolean } = {},
): Promise<MailClassified> {
  const threadId = threadIdFor(ref.mailbox, mail.references?.[0] ?? mail.messageId, mail.address);
  const mask = async (text: string) =>
    (await privacy.mask({ threadId, text, language: "de", knownNames: [mail.name] })).masked;
  const fromPlaceholder = await mask(mail.address);
  const subject = await mask(mail.subject);
  const bodyText = await mask(mail.body);
  return {
    mail: {
      meta: {
        schemaVersion: SCHEMA_VERSION,
        mailId: mailIdFor(ref.mailbox, ref.uidValidity, ref.uid),
        threadId,
        ref: { ...ref, messageId: mail.messageId },
        occurredAt: timestampFromDate(new Date()),
      },
      fromPlaceholder,
      fromDomain: mail.address.split("@")[1] ?? "",
      companyRecipients: [MAILBOX_ADDRESS],
      subject,
      bodyText,
      quotedText: "",
      languageHint: "de",
      attachments: [],
      automatic: options.automatic ?? AutomaticKind.AUTOMATIC_KIND_NONE,
      headers: {},
      entities: [],
    },
    classification: c,
    noDraft: options.noDraft ?? false,
    noDraftReason: options.noDraft ? "automatic" : "",
  };
}

/**
 * mail.drafted as the draft stage would publish it. The reply is written in clear and masked in
 * the mail's thread, which gives it exactly the placeholders the vault holds for that thread.
 */
export async function draftedEvent(
  privacy: PrivacyClient,
  mail: CustomerMail,
  ref: Omit<MailRef, "messageId">,
  c: Classification,
  reply: { subject: string; body: string; source: DraftSource },
): Promise<MailDrafted> {
  const threadId = threadIdFor(ref.mailbox, mail.references?.[0] ?? mail.messageId, mail.address);
  const mask = async (text: string) =>
    (await privacy.mask({ threadId, text, language: "de", knownNames: [mail.name] })).masked;
  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      mailId: mailIdFor(ref.mailbox, ref.uidValidity, ref.uid),
      threadId,
      ref: { ...ref, messageId: mail.messageId },
      occurredAt: timestampFromDate(new Date()),
    },
    classification: c,
    source: reply.source,
    subject: await mask(reply.subject),
    bodyText: await mask(reply.body),
    model: "",
    promptVersion: "",
    fallbackReason: "",
    replyToPlaceholder: await mask(mail.address),
    noDraftReason: "",
  };
}

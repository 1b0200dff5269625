import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Config, parseConfig } from "@poststelle/config";
import {
  AutomaticKind,
  DecidedBy,
  DraftSource,
  type MailClassified,
  Priority,
  Sentiment,
} from "@poststelle/contracts";
import { DRAFT_PROMPT_VERSION } from "@poststelle/drafting";
import { type ChatClient, createChatClient } from "@poststelle/llm";
import { startTestLlm, type TestLlm } from "@poststelle/test-support";
import { writeDraft } from "./write-draft.js";

const CONFIG = `
mailboxes:
  - { id: shop, kind: folder, address: service@shop.example, path: mail }
departments:
  - id: orders
    name: Bestellungen
    description: Order status.
    replyLanguage: auto
    signature: "Beispiel-Shop"
    instructions: "Keep it short."
    knowledge: ["Lieferzeit 2-4 Werktage."]
    templates:
      de: { subject: "AW: {{subject}}", body: "Hallo,\\n\\nzu „{{subject}}“ meldet sich {{department}}.\\n\\n{{signature}}" }
      en: { subject: "Re: {{subject}}", body: "Hello,\\n\\nabout \\"{{subject}}\\", {{department}} will reply.\\n\\n{{signature}}" }
  - { id: press, name: Presse, description: Press., drafting: false }
  - { id: triage, name: Triage, description: Unclear. }
triage: { department: triage }
`;

let config: Config;
let llm: TestLlm;
let client: ChatClient;

function event(
  overrides: { language?: string; department?: string; automatic?: AutomaticKind } = {},
): MailClassified {
  return {
    mail: {
      meta: {
        schemaVersion: 1,
        mailId: "m_test",
        threadId: "t_test",
        ref: { mailbox: "shop", folder: "mail", uidValidity: 1, uid: 1, messageId: "a@b" },
        occurredAt: undefined,
      },
      fromPlaceholder: "[[EMAIL_1]]",
      fromDomain: "kunde.example",
      companyRecipients: [],
      subject: "Re: Bestellung [[ORDER_NUMBER_1]]",
      bodyText: "Wo ist meine Bestellung [[ORDER_NUMBER_1]]?\n\nGruß\n[[PERSON_1]]",
      quotedText: "",
      languageHint: "de",
      attachments: [],
      automatic: overrides.automatic ?? AutomaticKind.AUTOMATIC_KIND_NONE,
      headers: {},
      entities: [],
    },
    classification: {
      department: overrides.department ?? "orders",
      intent: "order_status",
      priority: Priority.PRIORITY_NORMAL,
      language: overrides.language ?? "de",
      sentiment: Sentiment.SENTIMENT_NEUTRAL,
      confidence: 0.8,
      decidedBy: DecidedBy.DECIDED_BY_FALLBACK,
      rule: "",
      model: "",
      promptVersion: "",
      reason: "",
    },
    noDraft: false,
    noDraftReason: "",
  };
}

before(async () => {
  config = parseConfig(CONFIG, { file: join(mkdtempSync(join(tmpdir(), "draft-test-")), "p.yaml"), env: {} });
  llm = await startTestLlm();
  client = createChatClient(
    {
      baseUrl: llm.baseUrl,
      model: "test-model",
      timeoutMs: 2_000,
      maxRetries: 0,
      retryBackoffMs: 10,
      concurrency: 2,
      breakerFailureThreshold: 50,
      breakerResetMs: 1_000,
      temperature: 0,
      maxTokens: 256,
    },
    { name: "draft-test" },
  );
});
after(async () => {
  client?.close();
  await llm?.stop();
});

const GOOD =
  "Guten Tag [person_1],\n\nvielen Dank für Ihre Nachricht. Ihre Bestellung [[ORDER_NUMBER_1]] ist unterwegs und kommt in zwei bis vier Werktagen.\n\nMit freundlichen Grüßen";

test("a checked LLM draft is published with canonical placeholders, signature and prompt version", async () => {
  llm.enqueue({ content: GOOD });
  const drafted = await writeDraft(event(), { config, llm: client });
  assert.equal(drafted.source, DraftSource.DRAFT_SOURCE_LLM);
  assert.equal(drafted.subject, "Re: Bestellung [[ORDER_NUMBER_1]]");
  assert.ok(drafted.bodyText.startsWith("Guten Tag [[PERSON_1]],"));
  assert.ok(drafted.bodyText.endsWith("Mit freundlichen Grüßen\nBeispiel-Shop\n"));
  assert.equal(drafted.promptVersion, DRAFT_PROMPT_VERSION);
  assert.equal(drafted.model, "test-model");
  assert.equal(drafted.replyToPlaceholder, "[[EMAIL_1]]");
  assert.equal(drafted.fallbackReason, "");
  const prompt = JSON.stringify(llm.requests.at(-1)?.body.messages);
  assert.match(prompt, /Keep it short\./);
  assert.match(prompt, /Lieferzeit 2-4 Werktage\./);
  assert.match(prompt, /in German/);
});

test("a failed check or an unreachable model falls back to the template, with a PII-free reason", async () => {
  llm.enqueue({ content: GOOD.replace("[[ORDER_NUMBER_1]]", "BST-99887766 (Kundin anna@example.org)") });
  const invented = await writeDraft(event(), { config, llm: client });
  assert.equal(invented.source, DraftSource.DRAFT_SOURCE_TEMPLATE);
  assert.match(invented.fallbackReason, /^draft\.invented_pii: /);
  assert.doesNotMatch(invented.fallbackReason, /anna|example\.org|BST/);
  assert.equal(invented.subject, "Re: Bestellung [[ORDER_NUMBER_1]]");
  assert.equal(
    invented.bodyText,
    "Hallo,\n\nzu „Bestellung [[ORDER_NUMBER_1]]“ meldet sich Bestellungen.\n\nBeispiel-Shop\n",
  );

  llm.enqueue({ status: 503 });
  const down = await writeDraft(event(), { config, llm: client });
  assert.equal(down.source, DraftSource.DRAFT_SOURCE_TEMPLATE);
  assert.match(down.fallbackReason, /^llm\.http_5xx/);
});

test("an English mail gets an English prompt, and an answer in German is rejected", async () => {
  llm.enqueue({ content: GOOD });
  const drafted = await writeDraft(event({ language: "en" }), { config, llm: client });
  assert.match(JSON.stringify(llm.requests.at(-1)?.body.messages), /in English/);
  assert.equal(drafted.source, DraftSource.DRAFT_SOURCE_TEMPLATE);
  assert.match(drafted.fallbackReason, /^draft\.wrong_language/);
  assert.match(drafted.bodyText, /^Hello,/);
});

test("without a drafting model every draft comes from the template", async () => {
  const before = llm.requests.length;
  const drafted = await writeDraft(event(), { config, llm: undefined });
  assert.equal(drafted.source, DraftSource.DRAFT_SOURCE_TEMPLATE);
  assert.equal(drafted.fallbackReason, "");
  assert.equal(llm.requests.length, before);
});

test("automatic mail and departments with drafting off get no draft, but still an event", async () => {
  const before = llm.requests.length;
  const bulk = await writeDraft(event({ automatic: AutomaticKind.AUTOMATIC_KIND_BULK }), {
    config,
    llm: client,
  });
  assert.equal(bulk.source, DraftSource.DRAFT_SOURCE_NONE);
  assert.equal(bulk.noDraftReason, "automatic");
  assert.equal(bulk.bodyText, "");
  assert.equal(bulk.classification?.department, "orders");
  const press = await writeDraft(event({ department: "press" }), { config, llm: client });
  assert.equal(press.source, DraftSource.DRAFT_SOURCE_NONE);
  assert.equal(press.noDraftReason, "drafting_off");
  assert.equal(llm.requests.length, before);
  await assert.rejects(
    writeDraft(event({ department: "nope" }), { config, llm: client }),
    /draft\.unknown_department/,
  );
});

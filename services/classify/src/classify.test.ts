import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  type Bus,
  connectBus,
  declarePipeline,
  publishEvent,
  readStream,
  streamCount,
} from "@poststelle/bus";
import { type Config, defaultConfig } from "@poststelle/config";
import {
  AutomaticKind,
  DecidedBy,
  Events,
  type MailClassified,
  MailMasked,
  mailIdFor,
  SCHEMA_VERSION,
  threadIdFor,
} from "@poststelle/contracts";
import { createLogger } from "@poststelle/telemetry";
import { type NatsServer, startNats, startTestLlm, type TestLlm } from "@poststelle/test-support";
import { startClassify } from "./index.js";

const logger = createLogger({ name: "classify-test", level: "silent" });

function masked(uid: number, subject: string, body: string, extra: Partial<MailMasked> = {}): MailMasked {
  return MailMasked.fromPartial({
    meta: {
      schemaVersion: SCHEMA_VERSION,
      mailId: mailIdFor("demo", 1, uid),
      threadId: threadIdFor("demo", `<m${uid}@test>`, "customer@example.net"),
      ref: { mailbox: "demo", folder: "INBOX", uidValidity: 1, uid, messageId: `m${uid}@test` },
    },
    fromPlaceholder: "[[EMAIL_1]]",
    fromDomain: "example.net",
    companyRecipients: ["service@example.com"],
    subject,
    bodyText: body,
    automatic: AutomaticKind.AUTOMATIC_KIND_NONE,
    ...extra,
  });
}

async function classifiedEvents(bus: Bus, count: number, timeoutMs = 15_000): Promise<MailClassified[]> {
  const deadline = Date.now() + timeoutMs;
  while ((await streamCount(bus, Events.classified.stream)) < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} classified events`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await readStream(bus, Events.classified)).map((s) => s.event);
}

function withLlm(config: Config, baseUrl: string): Config {
  return {
    ...config,
    llm: {
      classify: {
        baseUrl,
        model: "test-model",
        timeoutMs: 1_000,
        maxRetries: 0,
        retryBackoffMs: 10,
        concurrency: 4,
        breakerFailureThreshold: 50,
        breakerResetMs: 1_000,
        temperature: 0,
        maxTokens: 256,
      },
    },
  };
}

describe("classify service", () => {
  let nats: NatsServer;
  let bus: Bus;
  let llm: TestLlm;

  before(async () => {
    nats = await startNats();
    llm = await startTestLlm();
  });
  after(async () => {
    await llm?.stop();
    await nats?.stop();
  });

  async function freshBus(): Promise<Bus> {
    bus = await connectBus({ servers: nats.url, name: "classify-test" });
    for (const stream of [Events.masked.stream, Events.classified.stream]) {
      await bus.jsm.streams.delete(stream).catch(() => false);
    }
    await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 60_000 });
    return bus;
  }

  test("without an LLM: rules decide first, the embedded classifier decides the rest", async () => {
    const bus = await freshBus();
    const config = defaultConfig();
    const service = await startClassify({ config, bus, logger });
    await publishEvent(
      bus,
      Events.masked,
      masked(1, "Frage zur Rechnung", "Bitte prüfen Sie die Rechnung [[INVOICE_NUMBER_1]].", {
        companyRecipients: ["rechnung@example.com"],
      }),
    );
    const returnsMail = masked(
      2,
      "Rücksendung",
      "Hallo, ich möchte die Schuhe zurücksenden, sie sind zu klein. Wie bekomme ich ein Retourenlabel? Gruß [[PERSON_1]]",
    );
    await publishEvent(bus, Events.masked, returnsMail);
    await publishEvent(
      bus,
      Events.masked,
      masked(3, "Abwesenheitsnotiz", "Ich bin bis Montag nicht im Büro.", {
        automatic: AutomaticKind.AUTOMATIC_KIND_AUTO_SUBMITTED,
      }),
    );
    const events = await classifiedEvents(bus, 3);
    await service.stop();
    await bus.close();
    const byUid = new Map(events.map((e) => [e.mail?.meta?.ref?.uid, e]));
    assert.equal(byUid.get(1)?.classification?.department, "billing");
    assert.equal(byUid.get(1)?.classification?.decidedBy, DecidedBy.DECIDED_BY_RULE);
    assert.equal(byUid.get(1)?.classification?.rule, "billing-addresses");
    assert.equal(byUid.get(2)?.classification?.department, "returns");
    assert.equal(byUid.get(2)?.classification?.decidedBy, DecidedBy.DECIDED_BY_FALLBACK);
    assert.equal(byUid.get(3)?.noDraft, true, "automatic mail is routed but never drafted");
    assert.deepEqual(byUid.get(2)?.mail, returnsMail, "the masked mail travels on unchanged");
    assert.equal(llm.requests.length, 0);
  });

  test("with an LLM: it decides within the schema; when it is down, the fallback decides and nothing is lost", async () => {
    const bus = await freshBus();
    const config = withLlm(defaultConfig(), llm.baseUrl);
    llm.answerWith(() => ({
      content: JSON.stringify({
        department: "technical",
        intent: "login_problem",
        priority: "high",
        language: "de",
        sentiment: "negative",
        confidence: 0.92,
        reason: "cannot log in",
      }),
    }));
    const service = await startClassify({ config, bus, logger });
    await publishEvent(
      bus,
      Events.masked,
      masked(10, "Login geht nicht", "Ich komme seit gestern nicht in mein Konto."),
    );
    const [first] = await classifiedEvents(bus, 1);
    assert.equal(first?.classification?.department, "technical");
    assert.equal(first?.classification?.decidedBy, DecidedBy.DECIDED_BY_LLM);
    assert.equal(first?.classification?.model, "test-model");
    assert.ok(first?.classification?.promptVersion);
    const request = llm.requests.at(-1)?.body as { response_format?: { json_schema?: { schema?: unknown } } };
    const schema = JSON.stringify(request.response_format?.json_schema?.schema);
    for (const department of config.departments) assert.ok(schema.includes(`"${department.id}"`));

    llm.answerWith(() => ({ status: 503, body: "overloaded" }));
    for (let uid = 11; uid <= 15; uid++) {
      await publishEvent(
        bus,
        Events.masked,
        masked(uid, "Rechnung doppelt abgebucht", "Sie haben zweimal abgebucht, bitte erstatten."),
      );
    }
    const all = await classifiedEvents(bus, 6);
    await service.stop();
    await bus.close();
    const fallbacks = all.filter((e) => (e.mail?.meta?.ref?.uid ?? 0) >= 11);
    assert.equal(fallbacks.length, 5);
    for (const event of fallbacks) {
      assert.equal(event.classification?.decidedBy, DecidedBy.DECIDED_BY_FALLBACK);
      assert.equal(event.classification?.department, "billing");
    }
  });
});

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import {
  type Bus,
  connectBus,
  declareBucket,
  declarePipeline,
  publishEvent,
  readStream,
  streamCount,
} from "@poststelle/bus";
import { type Config, defaultConfig, Secret } from "@poststelle/config";
import {
  AutomaticKind,
  Buckets,
  Events,
  MailIngested,
  type MailMasked,
  mailIdFor,
  SCHEMA_VERSION,
  threadIdFor,
} from "@poststelle/contracts";
import { AccessDeniedError } from "@poststelle/errors";
import { maskText, type PlaceholderTable, ThreadVault, VaultKey } from "@poststelle/pii";
import {
  connectPrivacyService,
  freeLoopbackPort,
  type PrivacyClient,
  type RunningService,
} from "@poststelle/runtime";
import { createLogger } from "@poststelle/telemetry";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { kvVaultStorage, startMask } from "./index.js";

const logger = createLogger({ name: "mask-test", level: "silent" });
const TOKEN = "test-token-0123456789";

/** A customer mail full of personal data; every value below must vanish from the masked event. */
const CUSTOMER = {
  name: "Thomas Müller",
  email: "thomas.mueller@mueller-privat.example",
  iban: "DE89370400440532013000",
  phone: "+49 171 2345678",
  street: "Lindenstraße 12",
  order: "4711-2025-0815",
};

function ingested(uid: number, rootMessageId: string, body: string, from = CUSTOMER): MailIngested {
  return MailIngested.fromPartial({
    meta: {
      schemaVersion: SCHEMA_VERSION,
      mailId: mailIdFor("demo", 7, uid),
      threadId: threadIdFor("demo", rootMessageId, from.email),
      ref: { mailbox: "demo", folder: "INBOX", uidValidity: 7, uid, messageId: `m${uid}@test` },
    },
    from: { name: from.name, address: from.email },
    to: [{ name: "Beispiel Shop", address: "service@example.com" }],
    subject: `Bestellung ${from.order}`,
    bodyText: body,
    signature: `${from.name}\n${from.street}, 10115 Berlin\nTel. ${from.phone}`,
    languageHint: "de",
    automatic: AutomaticKind.AUTOMATIC_KIND_NONE,
  });
}

async function maskedEvents(bus: Bus, count: number): Promise<MailMasked[]> {
  const deadline = Date.now() + 15_000;
  while ((await streamCount(bus, Events.masked.stream)) < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} masked events`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await readStream(bus, Events.masked)).map((s) => s.event);
}

describe("mask service", () => {
  let nats: NatsServer;
  let bus: Bus;
  let config: Config;
  let service: RunningService;
  let privacy: PrivacyClient;

  async function unmaskOne(threadId: string, text: string) {
    const [restored] = (await privacy.unmask({ threadId, texts: [text] })).texts;
    assert.ok(restored, "one text in, one text out");
    return restored;
  }

  async function startService(): Promise<void> {
    bus = await connectBus({ servers: nats.url, name: "mask-test" });
    await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 60_000 });
    service = await startMask({ config, bus, logger });
  }

  before(async () => {
    nats = await startNats();
    const port = await freeLoopbackPort();
    const base = defaultConfig();
    config = {
      ...base,
      vault: { ...base.vault, key: new Secret(randomBytes(32).toString("base64")) },
      privacy: { ...base.privacy, grpc: { host: "127.0.0.1", port, token: new Secret(TOKEN) } },
    };
    await startService();
    privacy = connectPrivacyService({ address: `127.0.0.1:${port}`, token: TOKEN });
  });

  after(async () => {
    privacy?.close();
    await service?.stop();
    await bus?.close();
    await nats?.stop();
  });

  test("an ingested mail becomes a masked event that carries no plain personal data", async () => {
    const body = `Guten Tag,\nmeine Bestellung ${CUSTOMER.order} ist nicht angekommen. Bitte erstatten Sie auf ${CUSTOMER.iban}. Rückruf unter ${CUSTOMER.phone}.`;
    const mail = ingested(1, "<root-a@test>", body);
    await publishEvent(bus, Events.ingested, mail);
    const [masked] = await maskedEvents(bus, 1);
    assert.ok(masked);
    const wire = Buffer.from(Events.masked.codec.encode(masked).finish()).toString("utf8");
    for (const [kind, value] of Object.entries(CUSTOMER)) {
      assert.ok(!wire.includes(value), `${kind} leaked into the masked event`);
    }
    assert.ok(!wire.includes("Müller"), "the surname leaked");
    assert.match(masked.fromPlaceholder, /^\[\[EMAIL_\d+\]\]$/);
    assert.deepEqual(masked.companyRecipients, ["service@example.com"]);
    assert.equal(masked.fromDomain, "", "a private domain is no routing domain");
    assert.match(masked.bodyText, /\[\[IBAN_1\]\]/);
    assert.match(masked.bodyText, /\[\[PHONE_1\]\]/);
    assert.equal(masked.meta?.mailId, mail.meta?.mailId);
    assert.ok(masked.entities.length >= 4);
  });

  test("unmask restores a thread's own placeholders and never another thread's", async () => {
    const [masked] = await maskedEvents(bus, 1);
    const threadA = masked!.meta!.threadId;
    const { texts } = await privacy.unmask({
      threadId: threadA,
      texts: ["IBAN: [[IBAN_1]], Tel: [[ phone_1 ]]", "", "[[IBAN_1]]"],
    });
    assert.deepEqual(
      texts.map((t) => [t.text, t.restored]),
      [
        [`IBAN: ${CUSTOMER.iban}, Tel: ${CUSTOMER.phone}`, 2],
        ["", 0],
        [CUSTOMER.iban, 1],
      ],
      "each text restored on its own, in order",
    );

    const threadB = threadIdFor("demo", "<root-b@test>", CUSTOMER.email);
    const other = await unmaskOne(threadB, "Ihre IBAN [[IBAN_1]]");
    assert.equal(other.text, "Ihre IBAN [[IBAN_1]]");
    assert.deepEqual(other.unknownPlaceholders, ["[[IBAN_1]]"]);
  });

  test("the gRPC API masks text for other tools and refuses callers without the token", async () => {
    const response = await privacy.mask({
      threadId: "t_tool-1",
      text: `Bitte an ${CUSTOMER.email} schreiben.`,
      language: "de",
      knownNames: [],
    });
    assert.equal(response.masked, "Bitte an [[EMAIL_1]] schreiben.");
    assert.equal(response.entities[0]?.start, 9);
    const anonymous = connectPrivacyService({ address: `127.0.0.1:${config.privacy.grpc.port}` });
    await assert.rejects(
      anonymous.unmask({ threadId: "t_tool-1", texts: ["[[EMAIL_1]]"] }),
      AccessDeniedError,
    );
    anonymous.close();
  });

  test("a restart of the mask service, and of nats-server, loses no vault entry", async () => {
    const [masked] = await maskedEvents(bus, 1);
    await service.stop();
    await bus.close();
    await nats.kill("SIGKILL");
    await nats.restart();
    await startService();
    const restored = await unmaskOne(masked!.meta!.threadId, "[[IBAN_1]]");
    assert.equal(restored.text, CUSTOMER.iban);
  });

  test("two replicas extending one thread at once keep both values (compare-and-set on the bucket)", async () => {
    const keys = [VaultKey.fromBase64(config.vault.keyId, config.vault.key!.reveal())];
    const bucket = { name: Buckets.vault, ttlMs: config.vault.retentionDays * 86_400_000 };
    const replicaA = new ThreadVault(kvVaultStorage(await declareBucket(bus, bucket)), keys);
    const replicaB = new ThreadVault(kvVaultStorage(await declareBucket(bus, bucket)), keys);
    const maskWith = (text: string) => (table: PlaceholderTable) => {
      const result = maskText(text, table);
      return { table: result.table, result: result.masked };
    };
    // Both take the thread for new and create its record without reading: one create must fail.
    await Promise.all([
      replicaA.update("t_cas", maskWith("Schreiben Sie an anna@example.org"), { startsThread: true }),
      replicaB.update("t_cas", maskWith("Oder an bernd@example.net"), { startsThread: true }),
    ]);
    const restored = await unmaskOne("t_cas", "[[EMAIL_1]] / [[EMAIL_2]]");
    assert.equal(restored.restored, 2);
    assert.deepEqual(restored.text.split(" / ").sort(), ["anna@example.org", "bernd@example.net"]);

    // An erased thread's key is purged, not absent: creating it anew must still work.
    await privacy.forget({ subject: { $case: "threadId", value: "t_cas" } });
    assert.equal(
      await replicaA.update("t_cas", maskWith("Jetzt an carla@example.net"), { startsThread: true }),
      "Jetzt an [[EMAIL_1]]",
    );
    assert.equal((await unmaskOne("t_cas", "[[EMAIL_1]]")).text, "carla@example.net");
  });

  test("forget erases a data subject's entries", async () => {
    const [masked] = await maskedEvents(bus, 1);
    const threadId = masked!.meta!.threadId;
    const untouched = await privacy.mask({
      threadId: "t_other",
      text: "Mail an jemand@example.org",
      language: "de",
      knownNames: [],
    });
    const erased = await privacy.forget({
      subject: { $case: "emailAddress", value: CUSTOMER.email.toUpperCase() },
    });
    // The address is in the customer's mail thread and in the thread the gRPC test masked.
    assert.equal(erased.erasedThreads, 2);
    assert.deepEqual(erased.threadIds.sort(), [threadId, "t_tool-1"].sort());
    assert.ok(erased.erasedEntries >= 5);
    const after = await unmaskOne(threadId, "[[IBAN_1]]");
    assert.equal(after.text, "[[IBAN_1]]");
    assert.deepEqual(after.unknownPlaceholders, ["[[IBAN_1]]"]);
    const tool = await unmaskOne("t_tool-1", "[[EMAIL_1]]");
    assert.equal(tool.restored, 0);
    const stillThere = await unmaskOne("t_other", untouched.masked);
    assert.equal(stillThere.text, "Mail an jemand@example.org", "other subjects stay");
  });
});

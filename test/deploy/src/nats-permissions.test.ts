import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import {
  type Bus,
  consumeEvents,
  declareBucket,
  declarePipeline,
  publishAuditRecord,
  publishDeadLetter,
  publishEvent,
  streamCount,
} from "@poststelle/bus";
import {
  AuditRecords,
  Buckets,
  DeadLetters,
  Events,
  MailAudited,
  MailClassified,
  MailDelivered,
  MailDrafted,
  MailIngested,
  MailMasked,
  STAGES,
} from "@poststelle/contracts";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { connectAs, readKvKey, refusal, subscriptionRefused, syntheticMeta } from "./nats-access.js";
import { literalPasswords, natsAuthorizationConf } from "./nats-conf.js";
import { ADMIN_USER, allPermissions, DEFAULT_PERMISSION_OPTIONS } from "./nats-permissions.js";

const TOPOLOGY = { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 };
const CONSUMER = { concurrency: 2, maxDeliver: 3, ackWaitMs: 5_000, backoffMs: [200] };
const USERS = [...STAGES, ADMIN_USER];
const PASSWORDS = Object.fromEntries(USERS.map((u) => [u, randomBytes(12).toString("hex")]));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("NATS permissions generated from the topology, on a real nats-server", () => {
  let nats: NatsServer;
  const buses = new Map<string, Bus>();
  const as = (user: string): Bus => {
    const bus = buses.get(user);
    if (!bus) throw new Error(`not connected as ${user}`);
    return bus;
  };

  before(async () => {
    const config = natsAuthorizationConf(allPermissions(), literalPasswords(PASSWORDS));
    nats = await startNats({ config });
    for (const user of STAGES) {
      buses.set(user, await connectAs(nats.url, user, PASSWORDS[user] ?? ""));
    }
    // Zone P services declare the pipeline on start, as services/cli/src/process.ts does.
    await declarePipeline(as("ingest"), TOPOLOGY);
    await declarePipeline(as("mask"), TOPOLOGY);
  });

  after(async () => {
    for (const bus of buses.values()) await bus.close(1_000).catch(() => undefined);
    await nats?.stop();
  });

  test("a wrong password is refused", async () => {
    await assert.rejects(connectAs(nats.url, "classify", "not-the-password"));
  });

  test("each service runs its own stage: consume, publish, dead-letter, its own bucket", async () => {
    const checkpoints = await declareBucket(as("ingest"), { name: Buckets.checkpoints, ttlMs: 0 });
    await checkpoints.put("support.INBOX", new TextEncoder().encode("1:41"));
    const vault = await declareBucket(as("mask"), { name: Buckets.vault, ttlMs: 0 });
    await vault.put("thread-a.k1", new TextEncoder().encode("ciphertext"));
    const deliveries = await declareBucket(as("unmask"), { name: Buckets.deliveries, ttlMs: 0 });

    const consumers = [
      await consumeEvents(as("mask"), {
        event: Events.ingested,
        durable: "mask",
        stage: "mask",
        ...CONSUMER,
        handler: async (mail) => {
          await publishEvent(as("mask"), Events.masked, MailMasked.fromPartial({ meta: mail.meta }));
        },
      }),
      await consumeEvents(as("classify"), {
        event: Events.masked,
        durable: "classify",
        stage: "classify",
        ...CONSUMER,
        handler: async (mail) => {
          await publishEvent(as("classify"), Events.classified, MailClassified.fromPartial({ mail }));
        },
      }),
      await consumeEvents(as("draft"), {
        event: Events.classified,
        durable: "draft",
        stage: "draft",
        ...CONSUMER,
        handler: async (classified) => {
          const meta = classified.mail?.meta;
          await publishEvent(as("draft"), Events.drafted, MailDrafted.fromPartial({ meta }));
        },
      }),
      await consumeEvents(as("unmask"), {
        event: Events.drafted,
        durable: "unmask",
        stage: "unmask",
        ...CONSUMER,
        handler: async (drafted) => {
          await deliveries.put(`${drafted.meta?.mailId}.draft`, new TextEncoder().encode("done"));
          await publishEvent(
            as("unmask"),
            Events.delivered,
            MailDelivered.fromPartial({ meta: drafted.meta }),
          );
          await publishAuditRecord(as("unmask"), MailAudited.fromPartial({ mailId: drafted.meta?.mailId }));
        },
      }),
    ];
    await publishEvent(as("ingest"), Events.ingested, MailIngested.fromPartial({ meta: syntheticMeta(1) }));
    await waitFor(
      async () => (await streamCount(as("ingest"), Events.delivered.stream)) === 1,
      15_000,
      "the event to pass all five stages",
    );
    for (const consumer of consumers) await consumer.stop();

    // Every stage may dead-letter its own failures, zone M included.
    for (const stage of STAGES) {
      await publishDeadLetter(as(stage), {
        stage,
        reasonCode: "test.permissions",
        reason: "synthetic dead letter",
        originalPayload: new Uint8Array([1, 2, 3]),
        msgId: `perm-test-${stage}`,
        retryForMs: 1_000,
      });
    }
    assert.equal(await streamCount(as("ingest"), DeadLetters.stream), STAGES.length);
    assert.equal(await streamCount(as("unmask"), AuditRecords.stream), 1);
    assert.ok(await checkpoints.get("support.INBOX"));
    assert.ok(await vault.get("thread-a.k1"));
  });

  for (const user of ["classify", "draft"] as const) {
    test(`${user} (zone M) can read neither plain mail, nor dead letters, nor the vault`, async () => {
      const bus = as(user);
      const consumer = { durable_name: user, ack_policy: AckPolicy.Explicit };
      await refusal("consumer on MAIL_INGESTED", () => bus.jsm.consumers.add("MAIL_INGESTED", consumer));
      await refusal("ephemeral consumer on MAIL_INGESTED", () =>
        bus.jsm.consumers.add("MAIL_INGESTED", { ack_policy: AckPolicy.None }),
      );
      await refusal("taking over mask's consumer", () => bus.js.consumers.get("MAIL_INGESTED", "mask"));
      await refusal("consumer on DEADLETTER", () => bus.jsm.consumers.add("DEADLETTER", consumer));
      await refusal("message get from DEADLETTER", () =>
        bus.jsm.streams.getMessage("DEADLETTER", { seq: 1 }),
      );
      await refusal("message get from MAIL_INGESTED", () =>
        bus.jsm.streams.getMessage("MAIL_INGESTED", { seq: 1 }),
      );
      await refusal("direct get from DEADLETTER", () => bus.jsm.direct.getMessage("DEADLETTER", { seq: 1 }));
      await refusal("reading the vault", () => readKvKey(bus, Buckets.vault, "thread-a.k1"));
      // Updating a stream could add MAIL_INGESTED as a source and so copy plain mail within reach.
      await refusal("sourcing MAIL_INGESTED into MAIL_MASKED", () =>
        bus.jsm.streams.update("MAIL_MASKED", { sources: [{ name: "MAIL_INGESTED" }] }),
      );
      await refusal("a new stream sourcing MAIL_INGESTED", () =>
        bus.jsm.streams.add({ name: `SNOOP_${user}`, subjects: [], sources: [{ name: "MAIL_INGESTED" }] }),
      );
      await refusal("declaring the pipeline", () => declarePipeline(bus, TOPOLOGY));
      for (const subject of ["mail.ingested", "deadletter.>", `$KV.${Buckets.vault}.>`, ">"]) {
        assert.ok(await subscriptionRefused(bus, subject), `${user} may subscribe to ${subject}`);
      }
      await refusal("publishing as mask", () => bus.js.publish("mail.masked", new Uint8Array([1])));
      await refusal("publishing another stage's dead letter", () =>
        bus.js.publish(DeadLetters.subjectFor("mask"), new Uint8Array([1])),
      );
      await refusal("writing an audit record", () =>
        bus.js.publish(AuditRecords.subjectFor("m_forged"), new Uint8Array([1])),
      );
    });
  }

  test("zone P services keep to their own stage and bucket", async () => {
    await refusal("ingest consuming MAIL_MASKED", () =>
      as("ingest").jsm.consumers.add("MAIL_MASKED", {
        durable_name: "ingest",
        ack_policy: AckPolicy.Explicit,
      }),
    );
    await refusal("unmask reading the vault", () => readKvKey(as("unmask"), Buckets.vault, "thread-a.k1"));
    await refusal("ingest reading the vault", () => readKvKey(as("ingest"), Buckets.vault, "thread-a.k1"));
    await refusal("mask reading delivery records", () =>
      readKvKey(as("mask"), Buckets.deliveries, "x.draft"),
    );
    await refusal("mask consuming as classify", () => as("mask").js.consumers.get("MAIL_MASKED", "classify"));
    assert.ok(await subscriptionRefused(as("unmask"), "mail.ingested"));
  });

  test("the operator's user may do everything (bootstrap, backups)", async () => {
    const admin = await connectAs(nats.url, ADMIN_USER, PASSWORDS[ADMIN_USER] ?? "");
    try {
      const names: string[] = [];
      for await (const name of admin.jsm.streams.names()) names.push(name);
      assert.ok(names.includes("DEADLETTER") && names.includes(`KV_${Buckets.vault}`));
      assert.ok(await admin.jsm.streams.getMessage("DEADLETTER", { seq: 1 }));
    } finally {
      await admin.close(1_000);
    }
  });
});

describe("per-user inboxes (needs inboxPrefix in the bus connection)", () => {
  test("a zone M user cannot listen on another user's inbox, and JetStream works on its own", async () => {
    const options = { ...DEFAULT_PERMISSION_OPTIONS, inboxes: "per-user" as const };
    const config = natsAuthorizationConf(allPermissions(options), literalPasswords(PASSWORDS));
    const nats = await startNats({ config });
    try {
      const admin = await connectAs(nats.url, ADMIN_USER, PASSWORDS[ADMIN_USER] ?? "");
      await declarePipeline(admin, TOPOLOGY);
      await admin.close(1_000);
      const nc = await connect({
        servers: nats.url,
        user: "classify",
        pass: PASSWORDS["classify"] ?? "",
        inboxPrefix: "_INBOX_classify",
      });
      try {
        const jsm = await jetstreamManager(nc);
        assert.equal((await jsm.streams.info("MAIL_MASKED")).config.name, "MAIL_MASKED");
        for (const subject of ["_INBOX.>", "_INBOX_mask.>"]) {
          const sub = nc.subscribe(subject);
          const outcome = await Promise.race([
            sub.closed.then((err) => String(err)),
            new Promise<string>((resolve) => setTimeout(() => resolve("open"), 2_000)),
          ]);
          assert.match(outcome, /permission/i, `classify may subscribe to ${subject}`);
        }
      } finally {
        await nc.close();
      }
    } finally {
      await nats.stop();
    }
  });
});

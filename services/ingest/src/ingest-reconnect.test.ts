import assert from "node:assert/strict";
import { after, afterEach, before, describe, it } from "node:test";
import { startFreezableProxy } from "./freezable-proxy.js";
import type { MailboxState } from "./health.js";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

/** Records every state a mailbox passes through, sampled every few milliseconds. */
function recordStates(ingest: IngestService, mailbox: string): { seen: MailboxState[]; stop(): void } {
  const seen: MailboxState[] = [];
  const timer = setInterval(() => {
    const state = ingest.states()[mailbox];
    if (state !== undefined && seen[seen.length - 1] !== state) seen.push(state);
  }, 2);
  return { seen, stop: () => clearInterval(timer) };
}

describe("ingest keeps its IMAP connection alive", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  let ingest: IngestService | undefined;

  before(async () => {
    env = await startIngestTestEnv();
  });
  afterEach(async () => {
    await ingest?.stop();
    ingest = undefined;
  });
  after(async () => {
    await env?.close();
  });

  it("reconnects after the server cuts the connection during IDLE and misses nothing", async () => {
    await appendMany(env.account, "INBOX", [testMail(1), testMail(2)]);
    // A long first backoff step, so the mails below land while ingest is disconnected.
    ingest = await startIngestService(
      env.context(env.config({ reconnectMinMs: 1_500, reconnectMaxMs: 3_000 })),
    );
    await waitUntil(
      async () => (await env.streamCount()) === 2 && ingest?.states()["support"] === "idle",
      10_000,
      "first mails",
    );
    const states = recordStates(ingest, "support");

    await env.dovecot.kick(env.account.user);
    await waitUntil(() => ingest?.states()["support"] === "backoff", 5_000, "backoff after the kick");
    assert.equal(ingest.ready(), false, "a disconnected mailbox is not ready");
    await env.dovecot.append(env.account.user, "INBOX", testMail(3));
    await env.dovecot.append(env.account.user, "INBOX", testMail(4));
    await waitUntil(async () => (await env.streamCount()) === 4, 15_000, "mails appended while disconnected");
    await waitUntil(() => ingest?.states()["support"] === "idle", 5_000, "idle again");
    states.stop();

    assert.deepEqual(states.seen.slice(0, 4), ["idle", "backoff", "connecting", "syncing"]);
    assert.equal(ingest.ready(), true);
    assert.equal(ingest.lag("support"), 0);
    const subjects = (await env.ingested()).map((e) => e.subject).sort();
    assert.deepEqual(subjects, [
      "Anfrage Nummer 1",
      "Anfrage Nummer 2",
      "Anfrage Nummer 3",
      "Anfrage Nummer 4",
    ]);
  });

  it("replaces a connection that went silent during IDLE (watchdog)", async () => {
    const before = await env.streamCount();
    const proxy = await startFreezableProxy(env.account.host, env.account.port);
    try {
      ingest = await startIngestService(
        env.context(
          env.config({ port: proxy.port, idleRestartMs: 1_500, reconnectMinMs: 100, reconnectMaxMs: 200 }),
        ),
      );
      await waitUntil(() => ingest?.states()["support"] === "idle", 10_000, "idle through the proxy");
      assert.equal(proxy.opened(), 1);
      const states = recordStates(ingest, "support");
      // The server never learns of this; only the client's watchdog can notice.
      proxy.freeze();
      await env.dovecot.append(env.account.user, "INBOX", testMail(50));
      await waitUntil(
        async () => (await env.streamCount()) === before + 1,
        15_000,
        "mail after the watchdog fired",
      );
      states.stop();
      assert.ok(proxy.opened() >= 2, "a new connection was opened");
      assert.ok(states.seen.includes("backoff"), `states: ${states.seen.join(",")}`);
    } finally {
      await ingest?.stop();
      ingest = undefined;
      await proxy.close();
    }
  });
});

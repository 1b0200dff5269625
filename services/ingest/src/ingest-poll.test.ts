import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { withImap } from "@poststelle/test-support";
import { startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

/* A server without IDLE (some hosted and older servers): ingest polls every pollIntervalMs. */
describe("ingest from a server without IDLE", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;

  before(async () => {
    env = await startIngestTestEnv({ withoutCapabilities: ["IDLE"] });
  });
  after(async () => {
    await env?.close();
  });

  it("the test server really offers no IDLE", async () => {
    await withImap(env.account, async (client) => {
      assert.equal(client.capabilities.has("IDLE"), false);
      assert.equal(client.capabilities.has("MOVE"), true, "only IDLE is taken away");
    });
  });

  it("picks up new mail within the poll interval, not the IDLE restart time, on one connection", async () => {
    // With IDLE, idleRestartMs would be the longest wait; without it, pollIntervalMs is.
    const config = env.config({ pollIntervalMs: 300, idleRestartMs: 300_000 });
    const ingest = await startIngestService(env.context(config));
    try {
      await waitUntil(() => ingest.states()["support"] === "idle", 10_000, "caught up");
      for (let round = 1; round <= 3; round++) {
        await appendMany(env.account, "INBOX", [testMail(round)]);
        await waitUntil(async () => (await env.streamCount()) === round, 3_000, `mail ${round} polled`);
        await sleep(400);
      }
      assert.equal(ingest.ready(), true);
      assert.deepEqual(
        env.logLines.filter((line) => /IMAP session failed|reconnecting/.test(line)),
        [],
        "each poll's NOOP found the same session alive",
      );
    } finally {
      await ingest.stop();
    }
    assert.equal((await env.ingested()).length, 3, "each mail once");
  });
});

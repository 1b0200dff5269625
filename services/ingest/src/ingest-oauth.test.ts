import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { type OAuthProvider, startOAuthProvider } from "@poststelle/test-support";
import { type IngestService, startIngestService } from "./service.js";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

/*
 * XOAUTH2 against a real Dovecot whose oauth2 passdb asks a token-introspection endpoint, as a
 * Microsoft 365 or Gmail mailbox is reached: the token comes from a file a sidecar keeps fresh.
 */
describe("ingest over XOAUTH2", { timeout: 60_000 }, () => {
  let oauth: OAuthProvider;
  let env: IngestTestEnv;
  let dir: string;
  let tokenFile: string;

  before(async () => {
    oauth = await startOAuthProvider();
    env = await startIngestTestEnv({ oauth2: oauth });
    dir = await mkdtemp(join(tmpdir(), "poststelle-oauth-"));
    tokenFile = join(dir, "access-token");
  });
  after(async () => {
    await env?.close();
    await oauth?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Runs ingest on the token file for the length of `work`. */
  const withIngest = async (work: (ingest: IngestService) => Promise<void>) => {
    const config = env.config({ auth: { oauth2: { tokenFile } }, reconnectMinMs: 100, reconnectMaxMs: 300 });
    const ingest = await startIngestService(env.context(config));
    try {
      await work(ingest);
    } finally {
      await ingest.stop();
    }
  };

  it("logs in with the token, and after a drop reads the file again for the renewed one", async () => {
    const first = oauth.grant("support");
    await writeFile(tokenFile, `${first}\n`);
    await appendMany(env.account, "INBOX", [testMail(1)]);
    await withIngest(async (ingest) => {
      await waitUntil(async () => (await env.streamCount()) === 1, 10_000, "the first mail");
      assert.equal(ingest.ready(), true);

      // The sidecar renews the token and the old one expires; then the server drops the session.
      const renewed = oauth.grant("support");
      await writeFile(tokenFile, renewed);
      oauth.revoke(first);
      const asked = oauth.introspections;
      await env.dovecot.kick("support");
      await appendMany(env.account, "INBOX", [testMail(2)]);
      await waitUntil(async () => (await env.streamCount()) === 2, 10_000, "the mail after the reconnect");
      assert.ok(oauth.introspections > asked, "the new session logged in with a token again");
      assert.ok(!env.logLines.join("\n").includes(renewed), "no access token in any log line");
    });
    assert.deepEqual(
      (await env.ingested()).map((event) => event.subject),
      ["Anfrage Nummer 1", "Anfrage Nummer 2"],
    );
    assert.ok(!env.logLines.join("\n").includes(first), "no access token in any log line");
  });

  it("stays not ready while the token is refused, and recovers once the file holds a valid one", async () => {
    const revoked = oauth.grant("support");
    oauth.revoke(revoked);
    await writeFile(tokenFile, revoked);
    await appendMany(env.account, "INBOX", [testMail(3)]);
    const before = await env.streamCount();
    await withIngest(async (ingest) => {
      await waitUntil(() => ingest.states()["support"] === "backoff", 10_000, "backoff after the refusal");
      await sleep(500);
      assert.equal(ingest.ready(), false);
      assert.equal(await env.streamCount(), before, "nothing read without a valid login");

      // A token for another user is refused too: the introspection answer must name this one.
      await writeFile(tokenFile, oauth.grant("someone-else"));
      await sleep(800);
      assert.equal(ingest.ready(), false);

      await writeFile(tokenFile, oauth.grant("support"));
      await waitUntil(
        async () => (await env.streamCount()) === before + 1,
        10_000,
        "the mail after recovery",
      );
      assert.equal(ingest.ready(), true);
    });
    assert.ok(!env.logLines.join("\n").includes(revoked), "the refused token is in no log line");
  });
});

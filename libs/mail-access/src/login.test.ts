import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type ImapMailboxConfig, Secret } from "@poststelle/config";
import { TransientError } from "@poststelle/errors";
import { imapOptionsFor, readAccessToken, smtpOptionsFor } from "./login.js";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "poststelle-oauth-"));
});
after(async () => rm(dir, { recursive: true, force: true }));

const mailbox = (auth: ImapMailboxConfig["auth"]): ImapMailboxConfig => ({
  id: "m365",
  kind: "imap",
  address: "rechnung@shop.example",
  host: "outlook.office365.com",
  port: 993,
  tls: true,
  tlsRejectUnauthorized: true,
  user: "rechnung@shop.example",
  auth,
  folders: ["INBOX"],
  pollIntervalMs: 60_000,
  idleRestartMs: 300_000,
  reconnectMinMs: 1_000,
  reconnectMaxMs: 60_000,
  maxMessageBytes: 1_000_000,
  smtp: { host: "smtp.office365.com", port: 587, secure: false, pool: true },
});

test("XOAUTH2: the access token is read fresh from the token file, for IMAP and SMTP", async () => {
  const tokenFile = join(dir, "token");
  await writeFile(tokenFile, "token-one\n");
  const config = mailbox({ oauth2: { tokenFile } });
  const imap = await imapOptionsFor(config);
  assert.deepEqual(imap.auth, { user: "rechnung@shop.example", accessToken: "token-one" });
  assert.equal(imap.secure, true);
  assert.equal(imap.disableAutoIdle, true);
  await writeFile(tokenFile, "token-two");
  const smtp = await smtpOptionsFor(config, config.smtp!);
  assert.deepEqual(smtp.auth, { type: "OAuth2", user: "rechnung@shop.example", accessToken: "token-two" });
  assert.equal(smtp.secure, false);
});

test("XOAUTH2 from a token command; failures name the source kind, never the path or output", async () => {
  assert.equal(await readAccessToken({ tokenCommand: "printf 'cmd-token\\n'" }), "cmd-token");
  await assert.rejects(readAccessToken({ tokenFile: join(dir, "secret-path-missing") }), (error: Error) => {
    assert.ok(error instanceof TransientError);
    assert.equal(error.code, "mail.oauth_token_unreadable");
    assert.doesNotMatch(error.message, /secret-path/);
    return true;
  });
  await assert.rejects(readAccessToken({ tokenCommand: "echo leaked-output; exit 3" }), (error: Error) => {
    assert.equal((error as TransientError).code, "mail.oauth_token_command_failed");
    assert.doesNotMatch(error.message, /leaked/);
    return true;
  });
  await assert.rejects(readAccessToken({ tokenCommand: "true" }), /mail\.oauth_token_empty/);
});

test("password auth, with SMTP falling back to the IMAP login", async () => {
  const config = mailbox({ password: new Secret("pw-123") });
  assert.deepEqual((await imapOptionsFor(config)).auth, { user: "rechnung@shop.example", pass: "pw-123" });
  const smtp = await smtpOptionsFor(config, { ...config.smtp!, user: "smtp-user" });
  assert.deepEqual(smtp.auth, { user: "smtp-user", pass: "pw-123" });
});

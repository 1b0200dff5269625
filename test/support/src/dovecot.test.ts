import assert from "node:assert/strict";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import { ImapFlow, type ImapFlowOptions } from "imapflow";
import { type Dovecot, type ImapAccount, startDovecot } from "./dovecot.js";
import { tcpAccepts } from "./server-process.js";

function rawMail(subject: string, body: string): string {
  return [
    "From: Sender <sender@example.test>",
    "To: Support <support@example.test>",
    `Subject: ${subject}`,
    `Message-ID: <${subject.replace(/\W/g, "")}@example.test>`,
    "Date: Mon, 03 Mar 2025 10:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
    "",
  ].join("\r\n");
}

async function login(account: ImapAccount, extra: Partial<ImapFlowOptions> = {}): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    auth: { user: account.user, pass: account.password },
    logger: false,
    ...extra,
  });
  client.on("error", () => {});
  await client.connect();
  return client;
}

describe("startDovecot", () => {
  let dovecot: Dovecot;
  before(async () => {
    dovecot = await startDovecot();
  });
  after(async () => {
    await dovecot.stop();
  });

  it("logs a user in over plain IMAP on loopback and rejects a wrong password", async () => {
    const account = await dovecot.addUser("login-user", "pw-login");
    assert.deepEqual(account, {
      host: "127.0.0.1",
      port: dovecot.port,
      secure: false,
      user: "login-user",
      password: "pw-login",
    });
    const client = await login(account);
    assert.equal(client.authenticated, true);
    await client.logout();
    await assert.rejects(login({ ...account, password: "wrong" }));
  });

  it("appends a message and returns the UID it can be fetched by, byte for byte", async () => {
    await dovecot.addUser("append-user", "pw-append");
    const raw = rawMail("Order 1", "Where is my parcel?");
    const first = await dovecot.append("append-user", "INBOX", raw, ["\\Seen"]);
    const second = await dovecot.append("append-user", "INBOX", rawMail("Order 2", "Second."));
    assert.equal(second, first + 1);

    const client = await login(dovecot.account("append-user"));
    await client.mailboxOpen("INBOX");
    const message = await client.fetchOne(String(first), { source: true, flags: true }, { uid: true });
    assert.ok(message !== false);
    assert.equal(message.source?.toString("utf8"), raw);
    assert.ok(message.flags?.has("\\Seen"));
    await client.logout();
  });

  it("offers Drafts, Sent, Junk and Trash by RFC 6154 special use", async () => {
    await dovecot.addUser("folders-user", "pw-folders");
    const client = await login(dovecot.account("folders-user"));
    const folders = await client.list();
    const byUse = new Map(folders.map((folder) => [folder.specialUse, folder]));
    for (const [use, path] of [
      ["\\Drafts", "Drafts"],
      ["\\Sent", "Sent"],
      ["\\Junk", "Junk"],
      ["\\Trash", "Trash"],
    ] as const) {
      const folder = byUse.get(use);
      assert.equal(folder?.path, path, use);
      assert.equal(folder?.specialUseSource, "extension", use);
      assert.equal(folder?.subscribed, true, use);
    }
    const draftUid = await dovecot.append("folders-user", "Drafts", rawMail("Draft", "Reply."), ["\\Draft"]);
    assert.equal(draftUid, 1);
    await client.logout();
  });

  it("kick() cuts an IDLE connection", async () => {
    await dovecot.addUser("kick-user", "pw-kick");
    const client = await login(dovecot.account("kick-user"));
    await client.mailboxOpen("INBOX");
    const closed = once(client, "close");
    const idling = client.idle().catch(() => false);
    // Wait until the server has seen the IDLE command, so the kick hits an idling session.
    while (!client.idling) await new Promise((resolve) => setTimeout(resolve, 10));
    await dovecot.kick("kick-user");
    await Promise.race([
      closed,
      new Promise((_, reject) => setTimeout(() => reject(new Error("no close within 5 s")), 5_000)),
    ]);
    assert.equal(client.usable, false);
    await idling;
  });

  it("IDLE reports a message appended by another session", async () => {
    await dovecot.addUser("idle-user", "pw-idle");
    const client = await login(dovecot.account("idle-user"));
    await client.mailboxOpen("INBOX");
    const exists = once(client, "exists");
    void client.idle().catch(() => false);
    while (!client.idling) await new Promise((resolve) => setTimeout(resolve, 10));
    await dovecot.append("idle-user", "INBOX", rawMail("New", "Arrived while idling."));
    const [event] = (await exists) as [{ count: number; prevCount: number }];
    assert.equal(event.count, 1);
    assert.equal(event.prevCount, 0);
    await client.logout();
  });

  it("resetUidValidity() changes UIDVALIDITY and keeps the messages", async () => {
    await dovecot.addUser("uv-user", "pw-uv");
    await dovecot.append("uv-user", "INBOX", rawMail("Keep 1", "one"));
    await dovecot.append("uv-user", "INBOX", rawMail("Keep 2", "two"));
    const before = await login(dovecot.account("uv-user"));
    const opened = await before.mailboxOpen("INBOX");
    await before.logout();

    const next = await dovecot.resetUidValidity("uv-user", "INBOX");
    assert.notEqual(BigInt(next), opened.uidValidity);

    const after = await login(dovecot.account("uv-user"));
    const reopened = await after.mailboxOpen("INBOX");
    assert.equal(reopened.uidValidity, BigInt(next));
    assert.equal(reopened.exists, 2);
    const subjects: string[] = [];
    for await (const message of after.fetch("1:*", { envelope: true }))
      subjects.push(message.envelope?.subject ?? "");
    assert.deepEqual(subjects, ["Keep 1", "Keep 2"]);
    await after.logout();
  });

  it("restart() keeps users, mail and UIDVALIDITY on the same port", async () => {
    await dovecot.addUser("restart-user", "pw-restart");
    const uid = await dovecot.append("restart-user", "INBOX", rawMail("Survives", "restart"));
    const validity = await dovecot.uidValidity("restart-user", "INBOX");
    await dovecot.restart();
    const client = await login(dovecot.account("restart-user"));
    const opened = await client.mailboxOpen("INBOX");
    assert.equal(opened.uidValidity, BigInt(validity));
    const message = await client.fetchOne(String(uid), { envelope: true }, { uid: true });
    assert.ok(message !== false);
    assert.equal(message.envelope?.subject, "Survives");
    await client.logout();
  });
});

describe("startDovecot with tls", () => {
  let dovecot: Dovecot;
  before(async () => {
    dovecot = await startDovecot({ tls: true });
  });
  after(async () => {
    await dovecot.stop();
  });

  it("serves IMAPS with a certificate that verifies against caPem, and refuses an untrusted client", async () => {
    assert.ok(dovecot.tlsPort !== undefined);
    assert.match(dovecot.caPem ?? "", /BEGIN CERTIFICATE/);
    await dovecot.addUser("tls-user", "pw-tls");
    const account = dovecot.account("tls-user", { tls: true });
    assert.equal(account.port, dovecot.tlsPort);
    assert.equal(account.secure, true);

    const client = await login(account, { tls: { ca: [dovecot.caPem ?? ""], servername: "localhost" } });
    assert.equal(client.authenticated, true);
    await client.logout();
    await assert.rejects(login(account, { tls: { rejectUnauthorized: true } }));
  });
});

describe("Dovecot.stop", () => {
  it("ends the server and is idempotent", async () => {
    const dovecot = await startDovecot();
    await dovecot.stop();
    await dovecot.stop();
    assert.equal(await tcpAccepts("127.0.0.1", dovecot.port), false);
  });
});

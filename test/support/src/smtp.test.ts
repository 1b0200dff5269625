import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTransport } from "nodemailer";
import { tcpAccepts } from "./server-process.js";
import { type SmtpSink, startSmtpSink } from "./smtp.js";

describe("startSmtpSink", () => {
  const sinks: SmtpSink[] = [];
  after(async () => {
    for (const sink of sinks) await sink.stop();
  });

  it("keeps each mail nodemailer sends, with envelope and raw bytes", async () => {
    const sink = await startSmtpSink();
    sinks.push(sink);
    const transport = createTransport({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true });
    const info = await transport.sendMail({
      envelope: { from: "bounce@example.test", to: ["billing@example.test", "audit@example.test"] },
      from: "Support <support@example.test>",
      to: "billing@example.test",
      subject: "Forwarded: invoice question",
      text: "Please have a look.",
    });
    assert.deepEqual(info.accepted, ["billing@example.test", "audit@example.test"]);

    const [mail, ...rest] = await sink.waitFor(1);
    assert.equal(rest.length, 0);
    assert.ok(mail);
    assert.equal(mail.from, "bounce@example.test");
    assert.deepEqual(mail.to, ["billing@example.test", "audit@example.test"]);
    const raw = mail.raw.toString("utf8");
    assert.match(raw, /^Subject: Forwarded: invoice question\r$/m);
    assert.match(raw, /Please have a look\./);
    assert.ok(raw.includes(`Message-ID: ${info.messageId}`));
    assert.equal(mail.authUser, undefined);
    assert.ok(Date.now() - mail.receivedAt.getTime() < 5_000);

    sink.clear();
    assert.equal(sink.messages.length, 0);
    transport.close();
  });

  it("waitFor() waits for later mails and times out with the count it got", async () => {
    const sink = await startSmtpSink();
    sinks.push(sink);
    const transport = createTransport({ host: sink.host, port: sink.port, ignoreTLS: true });
    const waiting = sink.waitFor(2, 5_000);
    await transport.sendMail({ from: "a@example.test", to: "x@example.test", text: "1" });
    await transport.sendMail({ from: "a@example.test", to: "x@example.test", text: "2" });
    assert.equal((await waiting).length, 2);
    await assert.rejects(sink.waitFor(3, 100), /2 of 3 mails after 100 ms/);
    transport.close();
  });

  it("requires AUTH when configured and records the user", async () => {
    const sink = await startSmtpSink({ auth: { user: "relay", password: "relay-pw" } });
    sinks.push(sink);
    const anonymous = createTransport({ host: sink.host, port: sink.port, ignoreTLS: true });
    await assert.rejects(anonymous.sendMail({ from: "a@example.test", to: "x@example.test", text: "no" }));
    const wrong = createTransport({
      host: sink.host,
      port: sink.port,
      ignoreTLS: true,
      auth: { user: "relay", pass: "nope" },
    });
    await assert.rejects(wrong.sendMail({ from: "a@example.test", to: "x@example.test", text: "no" }), {
      responseCode: 535,
    });
    const right = createTransport({
      host: sink.host,
      port: sink.port,
      ignoreTLS: true,
      auth: { user: "relay", pass: "relay-pw" },
    });
    await right.sendMail({ from: "a@example.test", to: "x@example.test", text: "yes" });
    const [mail] = await sink.waitFor(1);
    assert.equal(mail?.authUser, "relay");
    assert.equal(sink.messages.length, 1);
    for (const transport of [anonymous, wrong, right]) transport.close();
  });

  it("rejectWith() answers DATA with the given code until reset", async () => {
    const sink = await startSmtpSink();
    sinks.push(sink);
    const transport = createTransport({ host: sink.host, port: sink.port, ignoreTLS: true });
    const mail = { from: "a@example.test", to: "x@example.test", text: "retry me" };
    sink.rejectWith(451);
    await assert.rejects(transport.sendMail(mail), { responseCode: 451 });
    sink.rejectWith(550);
    await assert.rejects(transport.sendMail(mail), { responseCode: 550 });
    assert.equal(sink.messages.length, 0);
    sink.rejectWith(undefined);
    await transport.sendMail(mail);
    assert.equal((await sink.waitFor(1)).length, 1);
    transport.close();
  });

  it("offers STARTTLS with a certificate that verifies against caPem when asked", async () => {
    const sink = await startSmtpSink({ starttls: true });
    sinks.push(sink);
    assert.match(sink.caPem ?? "", /BEGIN CERTIFICATE/);
    const transport = createTransport({
      host: sink.host,
      port: sink.port,
      requireTLS: true,
      tls: { ca: [sink.caPem ?? ""], servername: "localhost" },
    });
    await transport.sendMail({ from: "a@example.test", to: "x@example.test", text: "over tls" });
    assert.equal((await sink.waitFor(1)).length, 1);
    const plainOnly = await startSmtpSink();
    sinks.push(plainOnly);
    const demanding = createTransport({ host: plainOnly.host, port: plainOnly.port, requireTLS: true });
    await assert.rejects(demanding.sendMail({ from: "a@example.test", to: "x@example.test", text: "no" }));
    for (const t of [transport, demanding]) t.close();
  });

  it("stop() closes the port and is idempotent", async () => {
    const sink = await startSmtpSink();
    await sink.stop();
    await sink.stop();
    assert.equal(await tcpAccepts(sink.host, sink.port), false);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AutomaticKind, MailIngested, mailIdFor, threadIdFor } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { parseMail, rawMessageId, toIngestedEvent } from "./index.js";

const LIMIT = { maxBytes: 10 * 1024 * 1024 };

function mail(headers: string, body: string): Buffer {
  return Buffer.from(`${headers.trim().replace(/\n/g, "\r\n")}\r\n\r\n${body}`);
}

async function rejectsWith(work: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(work, (error) => error instanceof PermanentError && error.code === code);
}

describe("parseMail limits", () => {
  it("refuses an oversized message before looking at it", async () => {
    // Not a mail at all: a parse would say "malformed", the size check must come first.
    await rejectsWith(parseMail(Buffer.alloc(2048, 0), { maxBytes: 1024 }), "mail.too_large");
  });

  it("refuses empty input and text without a header as malformed", async () => {
    await rejectsWith(parseMail(Buffer.alloc(0), LIMIT), "mail.malformed");
    await rejectsWith(parseMail(Buffer.from("\r\n\r\n  \r\n"), LIMIT), "mail.malformed");
    await rejectsWith(parseMail(Buffer.from("just some text\nwithout headers\n"), LIMIT), "mail.malformed");
  });

  it("gives up on a parse that takes longer than its time limit", async () => {
    const body = "QUJD".repeat(1_000_000);
    const raw = mail(
      "From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64",
      body,
    );
    await rejectsWith(parseMail(raw, { ...LIMIT, timeoutMs: 1 }), "mail.parse_timeout");
  });

  it("finishes hostile input quickly: unclosed tags, huge HTML, endless quoting, a giant header", async () => {
    const inputs = [
      mail("From: a@example.com\nContent-Type: text/html", "<".repeat(3_000_000)),
      mail("From: a@example.com\nContent-Type: text/html", "<div>".repeat(400_000)),
      mail("From: a@example.com", `${"> ".repeat(2000)}\n`.repeat(500)),
      mail(`From: a@example.com\nX-Long: ${"a\n b".repeat(400_000)}`, "x"),
    ];
    for (const raw of inputs) {
      const started = Date.now();
      try {
        await parseMail(raw, LIMIT);
      } catch (error) {
        assert.ok(error instanceof PermanentError, "only permanent errors for bad input");
      }
      assert.ok(Date.now() - started < 15_000, "parsing hostile input must stay bounded");
    }
  });
});

describe("parseMail fields", () => {
  const raw = mail(
    `From: "Muster, Max" <max@example.de>
To: a@example.com, "B" <b@example.com>
Reply-To: reply@example.de
Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=
Date: Tue, 12 Mar 2024 10:15:00 +0100 (CET)
Message-ID: <self@example.de>
In-Reply-To: <parent@example.com> <junk@x>
References: <root@example.com>
  <parent@example.com>
List-Unsubscribe: <mailto:max@example.de>
X-Mailer: Test 1.0`,
    "Wie geht es Ihnen? Ich habe eine Frage zu der Rechnung.\r\n",
  );

  it("reads addresses, ids, date and selected headers", async () => {
    const parsed = await parseMail(raw, LIMIT);
    assert.deepEqual(parsed.from, { name: "Muster, Max", address: "max@example.de" });
    assert.deepEqual(
      parsed.to.map((a) => a.address),
      ["a@example.com", "b@example.com"],
    );
    assert.deepEqual(parsed.replyTo, [{ name: "", address: "reply@example.de" }]);
    assert.equal(parsed.subject, "Grüße");
    assert.equal(parsed.date?.toISOString(), "2024-03-12T09:15:00.000Z");
    assert.equal(parsed.messageId, "self@example.de");
    assert.equal(parsed.inReplyTo, "parent@example.com");
    assert.deepEqual(parsed.references, ["root@example.com", "parent@example.com"]);
    assert.equal(parsed.threadRoot, "root@example.com");
    assert.equal(parsed.automatic, AutomaticKind.AUTOMATIC_KIND_BULK);
    // List-Unsubscribe may carry an address; only the allow-listed headers travel.
    assert.deepEqual(parsed.headers, { "x-mailer": "Test 1.0" });
    assert.match(parsed.sha256, /^[0-9a-f]{64}$/);
  });

  it("finds the Message-ID of a mail that does not parse", () => {
    assert.equal(
      rawMessageId(Buffer.from("Message-ID: <x@y>\r\nContent-Type: multipart/mixed\r\n\r\n")),
      "x@y",
    );
    assert.equal(rawMessageId(Buffer.from("no header here")), "");
  });
});

describe("toIngestedEvent", () => {
  const location = { mailbox: "support", folder: "INBOX", uidValidity: 7, uid: 42 };

  it("derives mail id, thread id and reference, and survives the protobuf codec", async () => {
    const parsed = await parseMail(
      mail(
        "From: a@example.com\nMessage-ID: <own@x>\nReferences: <root@x>\nDate: Tue, 12 Mar 2024 10:15:00 +0000",
        "Hi",
      ),
      LIMIT,
    );
    const now = new Date("2024-04-01T00:00:00.500Z");
    const event = toIngestedEvent(parsed, location, now);
    assert.equal(event.meta?.mailId, mailIdFor("support", 7, 42));
    assert.equal(event.meta?.threadId, threadIdFor("support", "root@x", "a@example.com"));
    assert.deepEqual(event.meta?.ref, { ...location, messageId: "own@x" });
    assert.deepEqual(event.meta?.occurredAt, { seconds: 1711929600, nanos: 500_000_000 });
    assert.deepEqual(event.date, { seconds: 1710238500, nanos: 0 });
    const decoded = MailIngested.decode(MailIngested.encode(event).finish());
    assert.equal(decoded.bodyText, "Hi");
    assert.equal(decoded.meta?.mailId, event.meta?.mailId);
  });

  it("gives each mail without any id a thread of its own", async () => {
    const parsed = await parseMail(mail("From: a@example.com", "Hi"), LIMIT);
    const first = toIngestedEvent(parsed, location);
    const second = toIngestedEvent(parsed, { ...location, uid: 43 });
    assert.equal(parsed.threadRoot, "");
    assert.notEqual(first.meta?.threadId, second.meta?.threadId);
    assert.equal(first.date, undefined);
  });
});

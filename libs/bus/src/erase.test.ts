import assert from "node:assert/strict";
import { test } from "node:test";
import { DeadLetter, Events, MailIngested } from "@poststelle/contracts";
import { deadLetterInvolves, mailInvolves } from "./erase.js";

const mail = MailIngested.fromPartial({
  from: { name: "Shop", address: "orders@shop.example" },
  replyTo: [{ name: "", address: "Anna.Berger@Example.de" }],
  to: [{ name: "", address: "support@example.com" }],
  bodyText: "Schreiben Sie auch an bob@example.org.",
});

test("a mail involves the addresses of its sender, Reply-To, To and Cc, whatever their case", () => {
  assert.ok(mailInvolves(mail, " anna.berger@example.DE "));
  assert.ok(mailInvolves(mail, "orders@shop.example"));
  assert.ok(!mailInvolves(mail, "bob@example.org"), "an address in the text is no participant");
  assert.ok(!mailInvolves(mail, "anna.berger@example.de.evil"));
});

test("a dead letter involves an address through its plain event, or its raw mail when ingest refused it", () => {
  const letter = (originalSubject: string, payload: Uint8Array) =>
    DeadLetter.fromPartial({ originalSubject, originalPayload: Buffer.from(payload) });
  const event = Events.ingested.codec.encode(mail).finish();
  assert.ok(deadLetterInvolves(letter(Events.ingested.subject, event), "anna.berger@example.de"));
  assert.ok(!deadLetterInvolves(letter(Events.ingested.subject, event), "bob@example.org"));
  const raw = Buffer.from("From: Anna <ANNA.BERGER@EXAMPLE.DE>\r\n\r\n--broken");
  assert.ok(deadLetterInvolves(letter("", raw), "anna.berger@example.de"));
  // Later stages' letters carry masked events: found by their thread, never by their bytes.
  assert.ok(!deadLetterInvolves(letter(Events.masked.subject, raw), "anna.berger@example.de"));
});

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { looksLikePersonalData, REDACTED, redactPersonalData } from "./personal-data.js";

test("mail content is recognised", () => {
  const personal = [
    "max.mustermann@example.com",
    "Antwort an Jörg.Müller@beispiel.de bitte",
    "mailto:max%40example.com",
    "DE89370400440532013000",
    "IBAN: DE89 3704 0044 0532 0130 00",
    "at61 1904 3002 3457 3201",
    "Rückruf unter 0171 1234567",
    "+49 (0)30 1234567",
    "030/123-4567",
    "Kundennummer 12345678",
    "Zeile eins\nZeile zwei",
    "carriage\rreturn",
    "x".repeat(201),
  ];
  for (const value of personal) assert.equal(looksLikePersonalData(value), true, value);
});

test("ids, codes and operational strings pass", () => {
  const harmless = [
    "mask",
    "poststelle.mail.masked",
    "mail.too_large",
    "unexpected: TypeError",
    "ECONNREFUSED",
    "collector:4318",
    "10.0.0.12:4222",
    "192.168.100.200",
    "[[EMAIL_2]] and [[PERSON_1]]",
    "support",
    "2 mails in 150 ms",
    "HTTP 503 from 127.0.0.1:8000",
    "x".repeat(200),
  ];
  for (const value of harmless) assert.equal(looksLikePersonalData(value), false, value);
});

test("hashed mail, thread and message ids are never redacted", () => {
  // Same shape as @poststelle/contracts mailIdFor/threadIdFor/messageIdFor: base64url, which may
  // contain a dash followed by an IBAN-shaped run.
  let withDash = 0;
  for (let i = 0; i < 5000; i++) {
    const digest = createHash("sha256").update(`mailbox-${i}`).digest("base64url").slice(0, 22);
    if (digest.includes("-")) withDash++;
    for (const id of [`m_${digest}`, `t_${digest}`, `m_${digest}:classify`]) {
      assert.equal(looksLikePersonalData(id), false, id);
    }
  }
  assert.ok(withDash > 1000, "the sample must exercise ids with dashes");
  assert.equal(looksLikePersonalData("m_DE89370400440532013000"), false, "exact id shape passes");
  assert.equal(looksLikePersonalData("m_DE89370400440532013000 max@example.com"), true);
});

test("redactPersonalData replaces the whole value", () => {
  assert.equal(redactPersonalData("für max@example.com"), REDACTED);
  assert.equal(redactPersonalData("mask"), "mask");
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a court bailiff's office (v415, v701) and a lift maintenance firm (v414) get: debtors quoting
// their file's register number bare, creditors naming the debtor by role, caretakers' logs naming
// the people on site by theirs. Every value here is made up; none is in the PII corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
const person = EntityType.ENTITY_TYPE_PERSON;

describe("a bailiff's register number", () => {
  it("takes it bare, in a subject and after a reference", () => {
    assert.deepEqual(valuesOf("Betreff: Termin 14.03. DR II 8021/25", ticket), ["DR II 8021/25"]);
    assert.deepEqual(valuesOf('reference "DR-I-9031/25". Thanks', ticket), ["DR-I-9031/25"]);
  });

  it("leaves a doctor's title and a road alone", () => {
    assert.deepEqual(valuesOf("DR Ines Wolf, Ringstraße 4/12", ticket), []);
  });
});

describe("a creditor's list of invoices", () => {
  it("takes each number after the first, its prefix written apart too", () => {
    const text = "unpaid invoices: FT 2024/000713, FT 2024/001127, FT 2024/001288 – total EUR 2,640.80";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), [
      "FT 2024/000713",
      "FT 2024/001127",
      "FT 2024/001288",
    ]);
  });
});

describe("a person named by a role", () => {
  it("takes a debtor's or creditor's name after the role", () => {
    assert.deepEqual(valuesOf("Raten des Schuldners Kowalczyk ab sofort", person), ["Kowalczyk"]);
    assert.deepEqual(valuesOf("die Gläubigerin Kowalczyk hat", person), ["Kowalczyk"]);
  });

  it("takes the name after a building's staff roles", () => {
    assert.deepEqual(valuesOf("1 trapped (security guard Lee), released 02:58", person), ["Lee"]);
    assert.deepEqual(valuesOf("one of them our receptionist Jade, who", person), ["Jade"]);
  });
});

describe("an emergency call's log", () => {
  it("takes an IPv6 address glued to its label", () => {
    const log = "Zeitpunkt:17.06.2024 19:42\nIP:2003:e5:9f1c:4a00:b1d3:77e0:52a1:9c0f";
    assert.deepEqual(valuesOf(log, EntityType.ENTITY_TYPE_IP_ADDRESS), [
      "2003:e5:9f1c:4a00:b1d3:77e0:52a1:9c0f",
    ]);
  });
});

describe("a bailiff's office's later letters", () => {
  it("takes register numbers with a slash, a digit for the division, and in a subject in capitals", () => {
    const text = [
      "RE: DR III 1519/25 – PROOF OF PAYMENT",
      "Your ref. DR I/0418/25, our ref. DR2 1187/25, older DR-II/0290/2024.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, ticket), [
      "DR III 1519/25",
      "DR I/0418/25",
      "DR2 1187/25",
      "DR-II/0290/2024",
    ]);
    assert.deepEqual(valuesOf(text, person), []);
  });

  it("takes a fee note's number and a file number ending in an umlaut", () => {
    const fee = "The costs come to EUR 38.60 (fee note KR 25/1174); please transfer them.";
    assert.deepEqual(valuesOf(fee, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["KR 25/1174"]);
    assert.deepEqual(valuesOf("Unser Az. hier: VS-207/25-ÄR", ticket), ["VS-207/25-ÄR"]);
  });
});

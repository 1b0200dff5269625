import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Customer numbers as the corpus's read sets left them readable (v200–v352): a job centre's,
// whose shape is three digits, a letter and six digits; a label of three words before its colon; a
// student's ID. Every value here is made up; none is in the PII corpus.

const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a customer number", () => {
  it("takes a job centre's number spaced, and after 'Kunde' in a subject", () => {
    assert.deepEqual(valuesOf("Kunden Nr 418 D 530271\nIch bin Frau A.", customer), ["418 D 530271"]);
    assert.deepEqual(valuesOf("Betreff: Anwesenheit Kunde 418D530271", customer), ["418D530271"]);
  });

  it("takes the number after a keyword and three words before a colon", () => {
    assert.deepEqual(valuesOf("Kundennummer Agentur für Arbeit: 418D530271\nAnschrift: folgt", customer), [
      "418D530271",
    ]);
  });

  it("takes a job centre's household number by its shape, and a voucher's number in a table or after its word", () => {
    assert.deepEqual(valuesOf("Frau K. (BG 31207BG0044158) war krank", customer), ["31207BG0044158"]);
    const table = [
      "Name             | BG-Nummer        | Gutschein-Nr.",
      "-----------------|------------------|----------------",
      "Haddad, Rami     | 31207BG0051177   | 962.2025.044106",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["962.2025.044106"]);
    assert.deepEqual(
      valuesOf("Gutschein: 962.2025.044107\nUnser Zeichen folgt", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["962.2025.044107"],
    );
  });

  it("takes a club's member number padded with zeros right after 'member', not a year", () => {
    assert.deepEqual(valuesOf("My neighbour is member 0317. How much is a day permit?", customer), ["0317"]);
    assert.deepEqual(valuesOf("member 2019 onwards", customer), []);
  });

  it("takes a student's ID", () => {
    assert.deepEqual(valuesOf("Student ID: 27714\nMobile: on request", customer), ["27714"]);
  });

  it("takes the codes that open the rows of a list pasted as text, not one heading's", () => {
    const ledger =
      "Shifts this month:\n\nKW-0317  Anke Brakhage      12 due / 12 done\nKW-0328  Chidi Okorie        12 due / 9 done";
    assert.deepEqual(valuesOf(ledger, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["KW-0317", "KW-0328"]);
    assert.deepEqual(
      valuesOf("KW-0317  Anke Brakhage      12 due / 12 done", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      [],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a vehicle registration office is sent (v280): insurers' confirmations (eVB) in dealers'
// lists and applicants' mails, card payments explained. Every value here is made up; none is in
// the PII corpus.

describe("registrations", () => {
  it("takes an insurer's eVB number after its word", () => {
    const text = "Versicherung ist erledigt, eVB R7KD24X, Termin am Montag.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["R7KD24X"]);
  });

  it("takes a dealer list's eVB column", () => {
    const list = [
      "Nr | Halter | eVB | Kennz.",
      "1 | Sabine Oertel | Q2WN8TK | frei",
      "2 | Ömer Aydın | L5ZT93C | frei",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["Q2WN8TK", "L5ZT93C"]);
  });

  it("takes a card's security code told as 'the 3 digit code'", () => {
    const text = "I paid with the card ending 2291, expiry 04/28, and the 3 digit code 731.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["731"]);
    assert.deepEqual(valuesOf("Der dreistellige Code ist 604.", EntityType.ENTITY_TYPE_SECRET), ["604"]);
  });
});

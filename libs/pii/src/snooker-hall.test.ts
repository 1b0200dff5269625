import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a snooker hall's members and staff write (v551): PINs of cue lockers set anew, a keypad's
// code, a member's account. Every value here is made up; none is in the PII corpus.

describe("a snooker hall's lockers and doors", () => {
  it("takes a PIN set to a new value and a keypad's code", () => {
    const text =
      "The locker keeps flashing. I set the PIN to 5208 after the reset.\nHaupteingang Tastenfeld: 71 30 94";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5208", "71 30 94"]);
  });

  it("takes a member's account number", () => {
    const text = "Bitte den Betrag auf meinem Mitgliedskonto 20417 gutschreiben.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["20417"]);
  });
});

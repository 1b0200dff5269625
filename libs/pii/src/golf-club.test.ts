import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a golf and tennis club is sent (v315): members writing about fees, guests and tournaments,
// with their short membership numbers. Every value here is made up.

describe("members' mails", () => {
  it("takes short membership numbers after 'member', 'Mitglied' and a membership's '(Nr.'", () => {
    const text =
      "Unsere Einzelmitgliedschaft (Nr. 3817) läuft weiter. Players: me (member 4263). Ludwig (Mitglied 0734) fährt mit. Please move the debit for my membership (no. 5108).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "3817",
      "4263",
      "0734",
      "5108",
    ]);
    assert.deepEqual(valuesOf("Ich bin Mitglied 2019 geworden.", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
  });

  it("takes a second number of as many digits listed after the first", () => {
    const text = "Mitgliedsnummern 1596 und 1597, brauchen wir zwei Plaketten?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["1596", "1597"]);
  });
});

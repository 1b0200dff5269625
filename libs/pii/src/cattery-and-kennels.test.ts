import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cattery and kennels gets (v444): owners writing to staff by their short names. Every
// value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("short English given names", () => {
  it("takes the short forms staff go by", () => {
    assert.deepEqual(valuesOf("Bev,\n\nJust so it's on file – the cat needs drops", person), ["Bev"]);
    assert.deepEqual(valuesOf("Bitte wieder bei Jodie, sie kennt unseren Hund.", person), ["Jodie"]);
    assert.deepEqual(valuesOf("As discussed on the phone with Trish, we'll be gone by then.", person), [
      "Trish",
    ]);
  });

  it("leaves a label's abbreviation with a dot and colon alone", () => {
    assert.deepEqual(valuesOf("Ausweis Bev.:    Personalausweis liegt vor", person), []);
  });
});

describe("a collection's password and code", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it('takes a quoted word after a compound\'s "ist", and a code "as always"', () => {
    assert.deepEqual(valuesOf('Unser Abholpasswort ist wie immer "Brezel".', secret), ["Brezel"]);
    assert.deepEqual(valuesOf("abholcode wie immer 5731 oder? danke", secret), ["5731"]);
    assert.deepEqual(valuesOf("the gate code as always 8806, thanks", secret), ["8806"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a garden and landscaping firm gets (v266, v479): neighbours and couples named by their
// family name, account holders after "acc name", crew leaders greeting the office. Every value here
// is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("people named by their household", () => {
  it("takes the family name after 'Eheleute' and 'Nachbarn'", () => {
    assert.deepEqual(valuesOf("im Auftrag der Eheleute Hofmann (Grundstück Am Hang 4)", person), ["Hofmann"]);
    assert.deepEqual(valuesOf("die Hecke meiner Nachbarn Krämer ist zu hoch", person), ["Krämer"]);
  });

  it("takes an account holder after 'acc name', and keeps a family name that is a trade word a name", () => {
    assert.deepEqual(valuesOf("Barclays, acc name J KOWALCZYK\nIBAN", person), ["J KOWALCZYK"]);
    assert.deepEqual(valuesOf("Herr Gärtner kommt am Montag", person), ["Gärtner"]);
  });
});

describe("a greeting by the time of day alone", () => {
  it("takes the name after Morning, Afternoon or Evening", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Morning Sue,\n\nlist for monday as discussed", person), ["Sue"]);
    assert.deepEqual(valuesOf("Afternoon Priya, the crew is back", person), ["Priya"]);
  });
});

describe("a note's salutation glued to the name", () => {
  it('takes the name after "Hr." or "Fr." without a space, and stops before "Tel"', () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("3) Hr.Papadakis Tel:01523 8806 117 - angebot", person), ["Papadakis"]);
    assert.deepEqual(valuesOf("bitte Fr.Wozniak anrufen", person), ["Wozniak"]);
  });
});

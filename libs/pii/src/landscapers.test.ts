import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a landscaping firm gets (v479): crew leaders greeting the office by first name. Every value
// here is made up; none is in the PII corpus.

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

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an antiques dealer with house clearances is sent (v583): British letters writing initials
// without their dots, a card's check code abbreviated. Every value here is made up; none is in
// the PII corpus.

describe("a house clearance's letters", () => {
  it("takes a name after a salutation whose initials stand without dots", () => {
    const text =
      "Subject: Our client: Mr T Papadakis – Lot 143\nAccount name: Mrs M Varma\nDear Mr J R Hartley,";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [
      "T Papadakis",
      "M Varma",
      "J R Hartley",
    ]);
  });

  it("takes a card's check code after 'sec code'", () => {
    const text = "exp 08/27\nsec code 731\nthe sec code was wrong";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["731"]);
  });
});

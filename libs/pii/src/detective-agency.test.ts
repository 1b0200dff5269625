import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a private investigation agency is sent (v286): clients' briefs about their families.
// Every value here is made up; none is in the PII corpus.

describe("clients' briefs", () => {
  it("takes a given name that is a word too before 'und' and a known given name", () => {
    const text = "Es geht um das Sorgerecht für unsere Kinder (Deniz und Malte), er bestreitet alles.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Deniz", "Malte"]);
  });

  it("takes a form's vehicle line and the plate it had before, in brackets", () => {
    const text = "Kfz: M-RS 5518 (vorher W-2291 KT)\nKfz: VW Golf VII, Baujahr 2018.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["M-RS 5518", "W-2291 KT"]);
  });
});

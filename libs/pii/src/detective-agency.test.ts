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
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a student housing office keeps (v182): room lists of international students, family names
// first. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("a room list's names", () => {
  it("takes two family names before the comma and the given names", () => {
    const rooms = [
      "B\tB-017\tAlbuquerque Prates, Renato\t4418203",
      "C-211 | Quiroga Bustos, Ana Lucía | 4418207",
    ].join("\n");
    assert.deepEqual(valuesOf(rooms, person), ["Albuquerque Prates, Renato", "Quiroga Bustos, Ana Lucía"]);
  });

  it("reads a list of full names as names, each on its own, and capitals as no family names", () => {
    assert.deepEqual(valuesOf("- Azubis: Matteo Ravagnan, Mia-Sophie Kranich, Jonas Lippold", person), [
      "Matteo Ravagnan",
      "Mia-Sophie Kranich",
      "Jonas Lippold",
    ]);
    assert.deepEqual(valuesOf("Certifications: APICS CSCP, Lean Management", person), []);
  });
});

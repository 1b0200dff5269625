import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a campsite (v310) and a zoo's visitor office (v309) are sent: guests' parties from abroad,
// families' annual passes. Every value here is made up; none is in the PII corpus.

describe("guests' parties and families' passes", () => {
  it("takes a Polish ID card's number after a bare 'ID', and a Spanish plate after 'matricula'", () => {
    const text =
      "Tomasz Rymarczyk – ID TKM 550318\nEwa Rymarczyk – ID DSW 207146\nour van has matricula 7731 LMP.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["TKM 550318", "DSW 207146"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["7731 LMP"]);
  });

  it("takes a given name that is a word too with a child's age or birth date in brackets", () => {
    const text =
      "unsere Kinder Ömer (8), Deniz (6) und das Baby. Kids: Tobi (born 2014) and Ada (14/06/2019).";
    const people = valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(people.includes("Deniz") && people.includes("Ada"), people.join(", "));
    assert.deepEqual(valuesOf("Preise: Art (3), Mai (5)", EntityType.ENTITY_TYPE_PERSON), []);
  });
});

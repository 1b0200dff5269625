import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a housing cooperative's office is sent (v643): streets named by their town's adjective
// alone before a flat, repair numbers after a slash. Every value here is made up; none is in the
// PII corpus.

describe("a housing cooperative's repairs", () => {
  it("takes a street named by its adjective alone before a flat or a floor", () => {
    const text =
      "Betreff: Wasserschaden Stettiner 14 Whg 9 / RA-25-0112\nEda Korkmaz, Lüneburger 31, 3. Stock";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Stettiner 14 Whg 9",
      "Lüneburger 31, 3. Stock",
    ]);
  });

  it("leaves a family name before a floor and a room before its floor to the name rules", () => {
    const text = "Frau Schneider 3. OG hat angerufen.\nRaum: Klassenzimmer 4a, EG links";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

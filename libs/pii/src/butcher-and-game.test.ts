import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a butcher's shop with catering is sent (v523): hunters delivering game with their hunting
// cards, drivers' licences, notes typed in lower case. Every value here is made up; none is in
// the PII corpus.

const ID_DOCUMENT = EntityType.ENTITY_TYPE_ID_DOCUMENT;

describe("hunters, drivers and vans", () => {
  it("takes an Austrian hunting card's number with its district and letters", () => {
    const text =
      "Der Rehbock kommt vom Revier Lofer, Jagdkarte: ZE-JK 0392/2017.\nJagdgastkarte, no. JGK-S 2281/25";
    assert.deepEqual(valuesOf(text, ID_DOCUMENT), ["ZE-JK 0392/2017", "JGK-S 2281/25"]);
  });

  it("takes an Italian driving licence after 'patente'", () => {
    const text = "Driver: Italian, patente no. B7K305518W, classes B and C1.";
    assert.deepEqual(valuesOf(text, ID_DOCUMENT), ["B7K305518W"]);
  });

  it("keeps a plate in capitals on a line typed in lower case", () => {
    const text = "photo 3 shows the van with the plate BGL-WS 208 and your logo on the back";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["BGL-WS 208"]);
  });
});

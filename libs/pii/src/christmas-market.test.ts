import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a Christmas market's office is sent (v630): showmen's travelling trade cards, the market
// named with its year. Every value here is made up; none is in the PII corpus.

describe("a Christmas market's stall applications", () => {
  it("takes a travelling trader's card by its name and its short name", () => {
    const text = "Reisegewerbekarte: RGK 0733/2019 (Landkreis Wesel)\nRGK-Nr. RGK 0912/2022";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["RGK 0733/2019", "RGK 0912/2022"]);
  });

  it("leaves a market named with its year unmasked", () => {
    const text = "Betreff: Bewerbung Landauer Weihnachtsmarkt 2025 – Crêpes-Stand";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

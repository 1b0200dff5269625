import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an employer's relocation list holds (v207): Irish PPS numbers in a table's cells, with no
// keyword beside them. Every value here is made up; none is in the PII corpus.

const social = EntityType.ENTITY_TYPE_SOCIAL_SECURITY;

describe("an Irish PPS number without its keyword", () => {
  it("takes seven digits and the check letter they give, one letter more or not", () => {
    const rows = "Ciara Boyle | Dublin 6 | 1234567T | 15.03.\nDara Quinn | Cork | 2345678RA | 01.04.";
    assert.deepEqual(valuesOf(rows, social), ["1234567T", "2345678RA"]);
  });

  it("leaves a code of that shape whose letter does not check", () => {
    assert.deepEqual(valuesOf("Artikel 1234567A bestellt, Lieferung 2345678KB", social), []);
  });
});

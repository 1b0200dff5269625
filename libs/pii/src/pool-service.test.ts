import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a pool service gets (v483): owners' lists exported with ";" between the cells. Every value
// here is made up; none is in the PII corpus.

describe("an export's cells around a password's mark", () => {
  it('reads a name and a phone in cells apart by ";" as themselves, not as a password', () => {
    const list = [
      "house;owner;key holder;key holder phone;access",
      "Casa Pinar;Dr. Ruth Albers;Joan Ferrer;+34 611 52 08 43;gate 4471",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_SECRET), []);
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PHONE), ["+34 611 52 08 43"]);
  });
});

describe("a number the writer is not sure of", () => {
  it('takes the number after "soweit ich weiß" and "as far as I know"', () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("(meine Kundennummer soweit ich weiß 20 4418). Hiermit", customer), [
      "20 4418",
    ]);
    assert.deepEqual(valuesOf("my customer number as far as I know 77 3012, thanks", customer), ["77 3012"]);
  });
});

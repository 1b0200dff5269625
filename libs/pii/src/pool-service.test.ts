import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a pool service gets (v483, v629): owners' lists exported with ";" between the cells, a key
// holder's list of villas with owners and codes. Every value here is made up; none is in the PII
// corpus.

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

describe("a key holder's list of villas", () => {
  it("takes the owners and the codes by their columns, but no note in lower case", () => {
    const list = [
      "Ref    | Owner          | Lockbox | Gate code",
      "KH-104 | Thorburn       | 5172    | 5172#",
      "KH-109 | de Groot-Visser | 9034   | remote",
      "KH-113 | vacant (sold)  | –       | –",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), ["Thorburn", "de Groot-Visser"]);
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_SECRET), ["5172", "5172#", "9034"]);
  });

  it('takes a name after "Contact on site:", its role in brackets after it', () => {
    const text = "Contact on site: Biel Ferrà (head of maintenance) +34 971 433 208";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Biel Ferrà"]);
  });
});

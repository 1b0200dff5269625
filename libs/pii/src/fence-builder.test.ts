import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a fence and gate builder is sent (v648): a gate's old and new codes on lines of their own,
// an order's number with its year before it. Every value here is made up; none is in the PII
// corpus.

describe("a fence builder's gates and orders", () => {
  it("takes a gate's old and new codes, each on a line of its own", () => {
    const text = "tor code geändert wegen ex-mieter\nalt 3719\nneu 8062\nbitte in der kundendatei ändern";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["3719", "8062"]);
    assert.deepEqual(valuesOf("Preis alt 3719 Euro\nneu 8062 Euro", EntityType.ENTITY_TYPE_SECRET), []);
  });

  it("takes an order's number, not the year that stands before it", () => {
    const text = "Auftragsnummer 2023: B-23-7710\nLieferadresse: siehe Auftrag";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["B-23-7710"]);
  });
});

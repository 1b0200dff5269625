import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a workshop's tyre hotel is sent (v636): orders numbered like dates, quotes by their
// number. Every value here is made up; none is in the PII corpus.

describe("a tyre hotel's orders", () => {
  it("takes an order numbered like a date, and a quote's number after 'Angebot'", () => {
    const text = "Ihr Auftrag 25-03-0418, laut Angebot AQ-2231 waren es 95 Euro. Auftrag vom 25-03-2025.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["25-03-0418", "AQ-2231"]);
  });
});

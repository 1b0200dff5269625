import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a meter reading company is sent (v644): units counted on a statement, a heat cost
// allocator's number. Every value here is made up; none is in the PII corpus.

describe("a heating cost statement's disputes", () => {
  it("leaves units counted and a heat cost allocator's number unmasked", () => {
    const text = "Laut Abrechnung habe ich 2.113 Einheiten im Bad (HKV-Nr. 6310 0927), das kann nicht sein.";
    for (const type of [EntityType.ENTITY_TYPE_INVOICE_NUMBER, EntityType.ENTITY_TYPE_TICKET_NUMBER])
      assert.deepEqual(valuesOf(text, type), []);
  });
});

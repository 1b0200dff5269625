import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a plant nursery's trade desk is sent (v608): landscapers' orders as tables, each line under
// the purchase order it belongs to. Every value here is made up; none is in the PII corpus.

describe("landscapers' orders", () => {
  it("takes the purchase orders of a 'PO' column", () => {
    const table = [
      "PO        | Item                        | Qty",
      "----------+-----------------------------+----",
      "KGL-2207  | Carpinus betulus (hedging)  | 80",
      "KGL-2209  | Taxus baccata 60-80         | 40",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["KGL-2207", "KGL-2209"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an IT recycling and data-destruction firm is sent (v287): pickups with device lists,
// collections and orders by their references. Every value here is made up; none is in the PII corpus.

describe("pickups", () => {
  it("takes a reference whose prefix opens like a thing's word ('COL' is no 'co.')", () => {
    const text = "Certificates please for collection KRN-300418, orders COL-71230 and COL-75516.\nThanks";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["COL-71230", "COL-75516"]);
  });

  it("takes no asset's number in a device list for a person's document", () => {
    const list = [
      "Asset ID    Type     Model            Serial",
      "QBX-00317   Laptop   Dell Latitude    7HGT2K3",
      "QBX-00318   Laptop   Dell Latitude    7HGT2K9",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_ID_DOCUMENT), []);
  });
});

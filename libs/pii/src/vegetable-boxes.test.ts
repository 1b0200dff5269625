import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a vegetable box delivery gets (v447): route sheets pasted with their columns aligned by
// spaces. Every value here is made up; none is in the PII corpus.

describe("a route sheet aligned by spaces", () => {
  it("keeps a column gap between a given name and the street after it", () => {
    const row = "3   Brandhuber, Resi    Moosleiten 4, 83329 Waging          M         Bank vor der Tür";
    assert.deepEqual(valuesOf(row, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Moosleiten 4, 83329 Waging"]);
    assert.deepEqual(valuesOf(row, EntityType.ENTITY_TYPE_PERSON), ["Brandhuber, Resi"]);
  });
});

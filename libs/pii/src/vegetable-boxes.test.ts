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

describe("a route sheet with notes under its rows", () => {
  it("reads the rows below an indented note as the table's", () => {
    const sheet = [
      "Nr | Kd-Nr | Name | Adresse | Kiste",
      "01 | 40118 | Huber, Vroni | Gstadt 3, 83257 Gstadt | M",
      "   [the gate is round the back]",
      "02 | 40127 | Kern, Alois | Seeweg 9, 83257 Gstadt | S",
    ].join("\n");
    assert.deepEqual(valuesOf(sheet, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["40118", "40127"]);
  });
});

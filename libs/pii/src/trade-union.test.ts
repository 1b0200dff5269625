import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a trade union's legal advice office and a housing cooperative are sent (v568, v571): an
// Austrian employee's number, members' numbers with a dash, cooperatives' usage agreements. Every
// value here is made up; none is in the PII corpus.

describe("a union's and a cooperative's members", () => {
  it("takes an Austrian employee's number and a member's number with a dash", () => {
    const text = "DN-Nr.:           00 3318\nre late Mr Paolo Moretti – member 03-1184 – documents";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["00 3318", "03-1184"]);
  });

  it("takes a cooperative's usage agreement after its abbreviation or 'agreement'", () => {
    const text = "Neuer DNV: DNV 4-1302\nbefore the new usage agreement DNV 5-1420 can be signed.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["DNV 4-1302", "DNV 5-1420"]);
  });
});

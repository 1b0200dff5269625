import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a climbing hall's front desk writes (v209): members named with their number behind
// "Mitgl.". Every value here is made up; none is in the PII corpus.

describe("a member's number after 'Mitgl.'", () => {
  it("takes the number after the short form, with or without its dot", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Kinderkurs (Jonte, Mitgl. 204 117) fehlt die Unterschrift", customer), [
      "204 117",
    ]);
    assert.deepEqual(valuesOf("Überweisung mit Zweck BOULDERHAUS MITGL 188 240", customer), ["188 240"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a shoe repair and key cutting shop is sent (v679): a property manager's list of flats with
// their tenants, a caretaker writing from the building. Every value here is made up; none is in
// the PII corpus.

const { ENTITY_TYPE_PERSON: PERSON, ENTITY_TYPE_STREET_ADDRESS: ADDRESS } = EntityType;

describe("a key cutter's orders", () => {
  it("takes a tenant's family and given name in brackets after the flat", () => {
    const text = "- Whg. 2.3 (Marchetti, Lorenzo): 1x Wohnung + Haus\n- Konzerte in (Berlin, Hamburg)";
    assert.deepEqual(valuesOf(text, PERSON), ["Marchetti, Lorenzo"]);
  });

  it("takes a street after a caretaker's 'von der', not a name", () => {
    const text = "bin der Hausmeister von der Kupferstraße 21. Die Haustür klemmt.";
    assert.deepEqual(valuesOf(text, ADDRESS), ["Kupferstraße 21"]);
    assert.deepEqual(valuesOf(text, PERSON), []);
  });
});

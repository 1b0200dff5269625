import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a fruit press that buys growers' apples is sent (v353): growers sign with their supplier
// number, as a customer signs with a customer number. Every value here is made up; none is in the
// PII corpus.

const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a grower's supplier number", () => {
  it("takes the number after 'Lieferant', 'Lief.-Nr.', 'supplier no.' and 'vendor'", () => {
    assert.deepEqual(valuesOf("Gruß\nH. Pendleford\nLieferant 6291", customer), ["6291"]);
    assert.deepEqual(valuesOf("Bitte auf Lief.-Nr. 0583 buchen.", customer), ["0583"]);
    assert.deepEqual(valuesOf("Our supplier no. is SUP-2207 with you.", customer), ["SUP-2207"]);
    assert.deepEqual(valuesOf("Vendor 61084, remittance attached.", customer), ["61084"]);
  });

  it("leaves weights and dates after 'Lieferant' alone", () => {
    assert.deepEqual(valuesOf("Lieferant 12.10. brachte 840 kg Boskoop.", customer), []);
  });
});

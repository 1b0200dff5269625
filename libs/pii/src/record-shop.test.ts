import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a record shop is sent (v713): a payment quoted by its PayPal transaction code. Every value
// here is made up; none is in the PII corpus.

describe("a record shop's payments", () => {
  it("takes a payment's transaction code", () => {
    const text = "Ich habe per PayPal bezahlt (Transaktionscode 7HT41902KL3358120), aber nichts kam.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["7HT41902KL3358120"]);
    const english = "Transaction code: 2RX88310PQ5540917";
    assert.deepEqual(valuesOf(english, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["2RX88310PQ5540917"]);
  });
});

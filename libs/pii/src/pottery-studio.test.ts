import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a pottery studio is sent (v320): customers' and teachers' chatty mails with their numbers
// somewhere in a sentence. Every value here is made up; none is in the PII corpus.

describe("customers' and teachers' mails", () => {
  it("takes a value after 'attached –', 'says' and 'hab ich glaub ich'", () => {
    const text =
      "Invoice attached – INV-0147. The order confirmation says KV-T-5528, thanks. Kundennummer hab ich glaub ich 28461.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["INV-0147"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["KV-T-5528"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["28461"]);
  });

  it("takes a tax number with spaces around its slashes", () => {
    const text = "Meine Steuernr. für deine Unterlagen: 244 / 318 / 20957";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TAX_ID), ["244 / 318 / 20957"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a bridal wear shop is sent (v719): a deposit paid from an account typed with digits too
// many, a receipt quoted by its number. Every value here is made up; none is in the PII corpus.

describe("a bridal shop's payments", () => {
  it("takes all of an account's groups after 'Konto', digits too many and all", () => {
    // Poland's IBAN has 28 characters; this one has two more, and its check digits hold.
    const text = "überwiesen von meinem Konto PL52 1090 1014 0000 0712 3456 7890 12 am Montag";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_IBAN), ["PL52 1090 1014 0000 0712 3456 7890 12"]);
  });

  it("takes a receipt's number", () => {
    const text = "We paid £800 on 20 November (receipt INV-3094) and were told the dress would come.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["INV-3094"]);
  });
});

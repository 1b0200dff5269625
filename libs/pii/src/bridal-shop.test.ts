import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a bridal shop is sent (v321): bridesmaids' group orders, each with a size, a phone and who
// pays. Every value here is made up; none is in the PII corpus.

describe("bridesmaids' group orders", () => {
  it("reads a phone after a size and a spaced dash, and after a size in a comma-separated line", () => {
    const text =
      "2. Milena Kovač – Gr. 36 – 0676 845 21 09 – zahlt die Braut\n- Priya – DE 34 – 0152 4417 9926\nada:size12,07951447203,pays herself\nkemi - 12 - 07488 319 266 - her mum pays";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), [
      "0676 845 21 09",
      "0152 4417 9926",
      "07951447203",
      "07488 319 266",
    ]);
    assert.deepEqual(valuesOf("Tel. 030 / 68 97 31-12", EntityType.ENTITY_TYPE_PHONE), ["030 / 68 97 31-12"]);
  });

  it("takes a claim's reference after 'under'", () => {
    const text = "We also registered a claim under CLM-0074412 with the insurer.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CLAIM_NUMBER), ["CLM-0074412"]);
  });
});

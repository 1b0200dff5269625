import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cemetery office gets (v224): relatives tracing family graves, and the numbers of the
// grants that give them the right to one. Every value here is made up; none is in the PII corpus.

describe("a family grave's records", () => {
  it("takes a birth date after 'b.' written with slashes", () => {
    assert.deepEqual(
      valuesOf(
        "his brother Walter Ernest Pimm, b. 14/03/1891, died young",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["14/03/1891"],
    );
  });

  it("takes a grant's number as a contract's", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("exclusive right of burial, grant KLW/61/0934, in her name", contract), [
      "KLW/61/0934",
    ]);
    assert.deepEqual(valuesOf("Holmfield Cemetery (Deed of Grant HF/B/1182).", contract), ["HF/B/1182"]);
  });
});

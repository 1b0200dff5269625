import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a commercial laundry is sent by a care home operator (v610): the customer numbers of its
// houses, each with the house's name in brackets. Every value here is made up; none is in the
// PII corpus.

describe("a linen service's customers", () => {
  it("takes every customer number of a list, each with a note in brackets", () => {
    const text = "Kundennummern: 41207 (Haus am See), 41208 (Haus Lindenhof), 41233 (Tagespflege Ost)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["41207", "41208", "41233"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a stove and tiled-oven builder is sent (v708): a customer unsure of her number, a chimney
// sweep's report quoted by its code. Every value here is made up; none is in the PII corpus.

describe("a stove builder's customers", () => {
  it("takes a customer's number after 'customer' alone, not a small count", () => {
    const text = "The stove's serial is on the plate. We're customer 40716 I think.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["40716"]);
    assert.deepEqual(valuesOf("Our customer 12 complained.", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
  });

  it("takes a report's code after 'report'", () => {
    const text = "The sweep's letter mentioned report KB-LA-18-3317 but I have no copy.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["KB-LA-18-3317"]);
  });
});

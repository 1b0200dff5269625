import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ticketing company's service desk is sent (v184): personalised tickets listed in a row,
// group lists. Every value here is made up; none is in the PII corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

describe("tickets listed after the first", () => {
  it("takes the numbers grouped as the first, after a list's mark or a range's 'bis'", () => {
    assert.deepEqual(valuesOf("ticket numbers: 7302 5518 0641, 7302 5518 0642 & 7302 5518 0643", ticket), [
      "7302 5518 0641",
      "7302 5518 0642",
      "7302 5518 0643",
    ]);
    assert.deepEqual(valuesOf("Ticketnummern: 6619 0027 4405 bis 6619 0027 4408", ticket), [
      "6619 0027 4405",
      "6619 0027 4408",
    ]);
  });

  it("stops at a number grouped otherwise", () => {
    assert.deepEqual(valuesOf("ticket numbers: 7302 5518 0641, 0151 2233 44 for questions", ticket), [
      "7302 5518 0641",
    ]);
  });
});

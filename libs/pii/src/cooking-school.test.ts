import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cooking school is sent (v654): a city after "São", the school greeted by its kind, an
// assistant's office under her name. Every value here is made up; none is in the PII corpus.

describe("a cooking school's bookings", () => {
  it("leaves a city, the school greeted and an office unmasked", () => {
    const text =
      "Dear Cooking School,\n\nI'm moving back to São Paulo next month.\n\nBest regards\nJana Hollmann\nAssistenz der Geschäftsführung";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Jana Hollmann"]);
  });
});

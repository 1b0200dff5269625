import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a falconry centre is sent (v696): a family's booking with the boys' names and ages in
// brackets. Every value here is made up; none is in the PII corpus.

describe("a falconry centre's family bookings", () => {
  it("takes children's names that are also words, with their ages in brackets", () => {
    const text = "Wir sind 2 Erwachsene und unsere Jungs (Can 7, Deniz 10). Geht das am Samstag?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Can", "Deniz"]);
    const months = "Wir kommen zu fünft (Mai 5, Juni 3), Jungs und Eltern.";
    assert.deepEqual(valuesOf(months, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a piano tuner and mover is sent (v301): music schools' instrument lists, churches'
// service contracts, forwarded chains. Every value here is made up; none is in the PII corpus.

describe("schools and churches", () => {
  it("knows Henrike, Albin, Ollie and Moses as given names", () => {
    const text =
      "Henrike Brandes, Junior campus office\nCc: Pfr. Albin Sauter\nOllie Pennock - the movers\nour verger Moses Boateng, 0171 5520394";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [
      "Henrike Brandes",
      "Albin Sauter",
      "Ollie Pennock",
      "Moses Boateng",
    ]);
  });
});

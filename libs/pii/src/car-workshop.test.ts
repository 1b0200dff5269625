import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a car workshop's customers and fleet managers write (v210): Augsburg's plates after a
// model's name, and Northern Ireland's in a fleet's list. Every value here is made up; none is in
// the PII corpus.

const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

describe("a plate whose district is also a word", () => {
  it("takes Augsburg's 'A' with two letters and four digits after it", () => {
    assert.deepEqual(valuesOf("- Golf A-RM 3307 – fahre ich selbst", plate), ["A-RM 3307"]);
  });
});

describe("Northern Ireland's plates", () => {
  it("takes them in a fleet's list, or beside a vehicle's word", () => {
    const fleet = "1) Transit Custom JKZ 6104 – driver Eoin\n2) Berlingo RIG 2287 – driver Maeve";
    assert.deepEqual(valuesOf(fleet, plate), ["JKZ 6104", "RIG 2287"]);
    assert.deepEqual(valuesOf("My car is a Honda Jazz, reg TFZ 5519.", plate), ["TFZ 5519"]);
  });

  it("leaves a fee code that repeats its letters, a room and a flight alone", () => {
    assert.deepEqual(valuesOf("Begründung: GOZ 2197 und GOZ 5070, DZ 1 belegt, Flug EI 651", plate), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a glassblowing studio is sent (v664): lamps to ship back to Prague and Brno, a daughter's
// address with a note for the courier. Every value here is made up; none is in the PII corpus.

const { ENTITY_TYPE_STREET_ADDRESS: ADDRESS } = EntityType;

describe("a glass studio's shipping addresses", () => {
  it("keeps a Czech floor and flat between street and postcode in the address", () => {
    const text = [
      "Jana Dvořáková",
      "Korunní 58",
      "3. patro, byt 12",
      "120 00 Praha 2",
      "Czech Republic",
    ].join("\n");
    assert.deepEqual(valuesOf(text, ADDRESS), [
      "Korunní 58\n3. patro, byt 12\n120 00 Praha 2\nCzech Republic",
    ]);
  });

  it("keeps a floor with a remark in brackets and the door after it", () => {
    const text = [
      "an meine Tochter:",
      "",
      "Sabine Ertl",
      "Lindwurmstraße 140, Rückgebäude",
      "2. OG rechts (Klingel defekt, bitte klopfen)",
      "80337 München",
      "",
      "Liebe Grüße",
    ].join("\n");
    assert.deepEqual(valuesOf(text, ADDRESS), [
      "Lindwurmstraße 140, Rückgebäude\n2. OG rechts (Klingel defekt, bitte klopfen)\n80337 München",
    ]);
    const door = ["Lidická 9", "1. patro (1. Stock), Tür rechts", "602 00 Brno", "Tschechien"].join("\n");
    assert.deepEqual(valuesOf(door, ADDRESS), [door]);
  });
});

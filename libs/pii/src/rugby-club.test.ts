import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a rugby and cricket club's captains send round (v538): team sheets with each player's
// nickname in a column of its own. Every value here is made up; none is in the PII corpus.

describe("team sheets with nicknames", () => {
  it("takes a column of nicknames after the names", () => {
    const sheet = [
      "No.  Player                 Known as     Role",
      "1    Ravi Bhattacharya      Bhatts       bat",
      "2    Owen Pritchard         Pritch       bowl",
      "",
      " #  | Name            | aka",
      " 1  | Tadhg Brennan   | Brenno",
    ].join("\n");
    assert.deepEqual(valuesOf(sheet, EntityType.ENTITY_TYPE_PERSON), [
      "Ravi Bhattacharya",
      "Bhatts",
      "Owen Pritchard",
      "Pritch",
      "Tadhg Brennan",
      "Brenno",
    ]);
  });
});

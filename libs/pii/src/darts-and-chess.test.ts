import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a federation of chess, bridge and darts clubs is sent (v541): players' federation numbers,
// their profiles' links, darts players' nicknames between their names. Every value here is made
// up; none is in the PII corpus.

describe("players of a games federation", () => {
  it("takes a chess federation's numbers after 'ECF' and 'FIDE ID'", () => {
    const text = "Complaint against Ruairi Donnelly (ECF 274410K).\nFIDE ID: 12597881";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["274410K", "12597881"]);
  });

  it("takes a player's profile link", () => {
    const text = "Profil:\nhttps://ergebnisse.example-verband.de/online/spieler/07-21944";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://ergebnisse.example-verband.de/online/spieler/07-21944",
    ]);
  });

  it("takes a name with a nickname of two words between given and family name", () => {
    const text = 'Singles: Sunita "The Rocket" Dhillon, then the pairs.';
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ['Sunita "The Rocket" Dhillon']);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an island ferry line is sent (v642): residents' season passes, a disability card, houses
// on a Hallig's mounds. Every value here is made up; none is in the PII corpus.

describe("an island ferry's residents", () => {
  it("takes a season pass's number after 'Jahreskarte', not the word alone", () => {
    const text = "Ihre Jahreskarte JK 25/0466 bleibt gültig. Die Jahreskarte kostet 40 Euro.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["JK 25/0466"]);
  });

  it("takes a disability card's number with its last group", () => {
    const text = "Mein Schwerbehindertenausweis hat die Nummer NF 0512 2207 48. Brauchen Sie eine Kopie?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["NF 0512 2207 48"]);
  });

  it("takes a house on a mound by its 'warf'", () => {
    const text = "Kost dat wat?\nInge Hansen, Norderwarf 5\nTel 04682/3310";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Norderwarf 5"]);
  });
});

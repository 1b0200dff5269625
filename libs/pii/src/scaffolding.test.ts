import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a scaffolding and roofing firm is sent (v278): site lists by address, foremen's texts.
// Every value here is made up; none is in the PII corpus.

describe("site lists", () => {
  it("takes the town after a German street with no postcode", () => {
    const list = "Mo   Bonner Str. 41, Siegburg (Nachbar Hr. Kolbeck vorher informieren)";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Bonner Str. 41, Siegburg"]);
  });

  it("takes the town after a bare space when it ends the clause", () => {
    const list = "Kolonne B übernimmt Eichenallee 7 Hürth (Verlängerung bis Mai, Auftrag 2231)";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Eichenallee 7 Hürth"]);
  });

  it("takes no telephone label for a town", () => {
    const line = "Wir sind in der Bonner Str. 41, Telefon 02241 551907";
    assert.deepEqual(valuesOf(line, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Bonner Str. 41"]);
  });

  it("takes a building plot's numbers before the street", () => {
    const line = "- Plots 4-9, Orchard Rise, Middlewich Road, Sandbach CW11 3PL - SM: see below";
    assert.deepEqual(valuesOf(line, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Plots 4-9, Orchard Rise, Middlewich Road, Sandbach CW11 3PL",
    ]);
  });
});

describe("foremen's texts", () => {
  it("takes the name under a British 'ta'", () => {
    const text = "tubes dropped at the yard, need 6 more boards\nta\nlee";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["lee"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a home nursing service's office gets (v436): nurses' handover notes naming each client by
// the family name and the address right after it. Every value here is made up; none is in the PII
// corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("a client named before the address", () => {
  it("takes a known family name opening the line before the street", () => {
    const round = "1. Kowalczyk, Bramfelder Str. 88 (2nd floor) - ok\n4. Russo - ok. new walker arrived.";
    assert.deepEqual(valuesOf(round, person), ["Kowalczyk"]);
    assert.deepEqual(valuesOf("Baumgartner (Rahlstedter Weg 14) keysafe has a new code", person), [
      "Baumgartner",
    ]);
    assert.deepEqual(valuesOf("Doyle      | Bei der Hauptkirche 7 | Furosemid gegeben", person), ["Doyle"]);
  });

  it("leaves an office's word before an address alone", () => {
    assert.deepEqual(valuesOf("Büro, Bramfelder Str. 88, 22305 Hamburg", person), []);
  });
});

describe("a home nursing service's key safes (v567)", () => {
  it("takes codes told as old, new or changed to", () => {
    const text = [
      "fr hülsmann neuer tresorcode 5106 (tochter hat geändert, alter 1947 geht nicht mehr!!)",
      "Der Code ist geändert. Neu ist 7240.",
      "Den Tresorcode habe ich übrigens auf 6130 geändert.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5106", "1947", "7240", "6130"]);
  });

  it("keeps a code with a dash whole", () => {
    const text = "Der Code fürs Haus hat sich geändert, neu ist 0815-37 (der alte ging nicht mehr)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["0815-37"]);
  });
});

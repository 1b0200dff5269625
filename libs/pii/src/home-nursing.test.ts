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

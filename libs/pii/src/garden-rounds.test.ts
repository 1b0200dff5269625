import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a garden and landscaping firm gets (v266): neighbours and couples named by their family
// name, account holders after "acc name". Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("people named by their household", () => {
  it("takes the family name after 'Eheleute' and 'Nachbarn'", () => {
    assert.deepEqual(valuesOf("im Auftrag der Eheleute Hofmann (Grundstück Am Hang 4)", person), ["Hofmann"]);
    assert.deepEqual(valuesOf("die Hecke meiner Nachbarn Krämer ist zu hoch", person), ["Krämer"]);
  });

  it("takes an account holder after 'acc name', and keeps a family name that is a trade word a name", () => {
    assert.deepEqual(valuesOf("Barclays, acc name J KOWALCZYK\nIBAN", person), ["J KOWALCZYK"]);
    assert.deepEqual(valuesOf("Herr Gärtner kommt am Montag", person), ["Gärtner"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a locksmith gets (v470): a landlord's list of buildings, each with a dash and a note after
// its address. Every value here is made up; none is in the PII corpus.

describe("an English street's town before a dash", () => {
  it("takes the town and district with the street when a dash and a note follow", () => {
    assert.deepEqual(
      valuesOf("- 14 Mercer Street, Dublin 2 – 6 flats + bike store", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["14 Mercer Street, Dublin 2"],
    );
  });
});

describe("a former or next tenant by role", () => {
  it("takes the name after Vormieter, Altmieter or Nachmieter", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("VH links – Altmieter Brandstetter ausgezogen, 1 Schlüssel fehlt", person), [
      "Brandstetter",
    ]);
    assert.deepEqual(valuesOf("der Nachmieter Okonkwo zieht am 1. ein", person), ["Okonkwo"]);
  });
});

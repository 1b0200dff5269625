import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a deaf-community services office is sent (v370): relay calls written out turn by turn,
// text-relay numbers in letterheads, addresses typed in lower case. Every value here is made up;
// none is in the PII corpus.

describe("a relay call's transcript", () => {
  it("takes a birth date told with its month's name on the turn after the question", () => {
    const call = "PRAXIS: Ihr Geburtsdatum bitte.\nANRUFERIN: 9. Februar 1981.\nPRAXIS: Danke.";
    assert.deepEqual(valuesOf(call, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["9. Februar 1981"]);
  });

  it("takes a contract account's number on the turn after the question", () => {
    const call = "SW: Die Vertragskontonummer bitte.\nKUNDIN: 3005 6612 847\nSW: Danke.";
    assert.deepEqual(valuesOf(call, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["3005 6612 847"]);
  });
});

describe("a number and an address as deaf callers give them", () => {
  it("takes a UK number with the text relay's prefix", () => {
    assert.deepEqual(valuesOf("Textphone: 18001 0113 496 0518", EntityType.ENTITY_TYPE_PHONE), [
      "18001 0113 496 0518",
    ]);
  });

  it("takes a flat written in lower case before the street", () => {
    const text = "a call from your tenant at flat 2, 41 Ladybarn Road, Leeds LS6 2QT.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "flat 2, 41 Ladybarn Road, Leeds LS6 2QT",
    ]);
  });

  it("takes a lower-case street whose name has hyphens", () => {
    const text = "die schule ist annette-kolb-str. 14 80639 münchen\nwer zahlt?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "annette-kolb-str. 14 80639 münchen",
    ]);
  });
});

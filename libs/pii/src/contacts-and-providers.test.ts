import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Names as the blind sets v83 (telecom customers) and v85 (a jobs mailbox) wrote them. Every
// value here is made up; none is in the PII corpus.

const names = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("contacts and providers", () => {
  it("takes the name after an emergency contact's or a referee's label", () => {
    assert.deepEqual(names("Emergency contact: Shavonne Pettigrew (wife), 0161 496 0732"), [
      "Shavonne Pettigrew",
    ]);
    assert.deepEqual(names("Referee: Prof. Anke Brosius"), ["Anke Brosius"]);
  });

  it("leaves a provider named with a given name and a trade word", () => {
    assert.deepEqual(names("moving my number over to you from Albion Mobile, the form keeps failing"), []);
    assert.deepEqual(names("Hi Skyline Business,\nwe are closing our branch."), []);
  });

  it("leaves a card's kind in brackets after a name", () => {
    assert.deepEqual(names("3) Lotte Brenner (Kinderkarte, geb. 05.08.2012)"), ["Lotte Brenner"]);
  });

  it("leaves a snack bar named with a grill", () => {
    assert.deepEqual(names("ich bin Inhaber vom Imbiss Bosporus Grill in Hagen"), []);
  });

  it("reads no address into a CV's line of standards", () => {
    const text = "Tech: C/C++, AUTOSAR Classic 4.3, FreeRTOS, ISO 26262 (ASIL-C projects)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

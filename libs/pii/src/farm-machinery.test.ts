import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a farm-machinery dealer and its workshop are sent (v275): farmers dictating into a phone,
// service reports with the farm's address, brands named after their founders. Every value here is
// made up; none is in the PII corpus.

describe("farmers' dictated messages", () => {
  it("reads a phone number said in groups apart by slashes", () => {
    const said = "handy ist null eins sechs zwei / vier vier eins / sieben null drei acht danke";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PHONE), [
      "null eins sechs zwei / vier vier eins / sieben null drei acht",
    ]);
  });

  it("reads a plate typed in lower case without its dash after 'kennzeichen ist'", () => {
    const said = "der schlepper hat das kennzeichen ist pa kt 318 falls ihr das braucht";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["pa kt 318"]);
  });

  it("takes a village's street, house number, postcode and town said in one breath", () => {
    const said = "der hof ist in kronwinkl zwei acht vier drei neun sechs taufkirchen bei der linde links";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "kronwinkl zwei acht vier drei neun sechs taufkirchen",
    ]);
  });

  it("takes a name signed after the number that ends a short message", () => {
    const note = "brauche 2 Messer fürs Schwadwerk, Rückruf 0160 4471 928 Gruß Gürbüzoğlu";
    assert.deepEqual(valuesOf(note, EntityType.ENTITY_TYPE_PERSON), ["Gürbüzoğlu"]);
  });
});

describe("farm addresses", () => {
  it("takes a village's street before a German postcode after a bare space", () => {
    const text = "Lieferung bitte nach Kronwinkl 2 84396 Taufkirchen, dort am Stadel abladen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Kronwinkl 2 84396 Taufkirchen",
    ]);
  });

  it("takes a farm's name on the line above its street", () => {
    const text = "Bitte schriftlich an:\n\nAnneliese Hölzl\nHölzlhof\nOberdorf 7\n84359 Simbach\n\nDanke";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Hölzlhof\nOberdorf 7\n84359 Simbach",
    ]);
  });

  it("names nobody in a tractor maker's name", () => {
    const text = "Wir fahren seit Jahren John Deere und einen alten Massey Ferguson.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

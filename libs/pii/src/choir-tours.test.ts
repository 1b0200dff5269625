import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a choir and orchestra association is sent (v284): members' lists a field per line, room
// lists for tours, coaches booked abroad. Every value here is made up; none is in the PII corpus.

describe("members' lists and tours", () => {
  it("takes a birth date alone on the line under a member's name", () => {
    const list = "Violine 2\nBrandes, Carla\n14.06.2009\n0157 4471 208\nLindenstr. 4, 53489 Sinzig";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.06.2009"]);
  });

  it("takes no recent date under a signature for a birth date", () => {
    const letter = "Mit freundlichen Grüßen\nCarla Brandes\n14.06.2025";
    assert.deepEqual(valuesOf(letter, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });

  it("takes a room list's numbered guests", () => {
    const rooms =
      "Type | Guest 1 | Guest 2\nTWIN | Dreesen Wiltrud | Quernheim Hiltrud\nSGL | Tegtmeier Almut | -";
    assert.deepEqual(valuesOf(rooms, EntityType.ENTITY_TYPE_PERSON), [
      "Dreesen Wiltrud",
      "Quernheim Hiltrud",
      "Tegtmeier Almut",
    ]);
  });

  it("takes an Irish plate after 'reg.'", () => {
    const text = "Vehicle: 49-seat Setra, reg. 191-D-44807 (white), driver on site from 8am";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["191-D-44807"]);
  });
});

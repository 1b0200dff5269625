import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a children's circus school is sent (v352): drivers' lists for a touring show, job-centre
// letters about camp fees. Every value here is made up; none is in the PII corpus.

describe("a touring show's drivers", () => {
  it("takes every plate of a list whose lines read 'name: plate', an 'EN' district's too", () => {
    const list = "Fahrer:\n- Tomasz: GE-TW 318\n- Lina: EN-KM 47\n- Bus Verein: GE-CS 1204";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "GE-TW 318",
      "EN-KM 47",
      "GE-CS 1204",
    ]);
  });
});

describe("a job centre's letter", () => {
  it("takes the household's number after 'Bedarfsgemeinschaft'", () => {
    assert.deepEqual(
      valuesOf(
        "für Lina aus der Bedarfsgemeinschaft 51207BG0004419 übernehmen wir",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["51207BG0004419"],
    );
  });
});

describe("a child's identity card for a tour abroad", () => {
  it("takes the number after a word and a note in brackets before the colon", () => {
    const text = "Personalausweis Kind (für Grenzübertritt NL/AT): T31758KM2\n\n1. Mitreise";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["T31758KM2"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a kite and windsurf school is sent (v665): families booking courses with their children
// listed one a line, rental slips, the key box's code. Every value here is made up; none is in the
// PII corpus.

const { ENTITY_TYPE_PERSON: PERSON, ENTITY_TYPE_CONTRACT_NUMBER: CONTRACT } = EntityType;

describe("a kite school's bookings", () => {
  it("takes children listed one a line with their ages", () => {
    const english = [
      "looking for a kids course for our two.",
      "",
      "Ingrid 11 yrs, swims well",
      "Malthe 9 yrs, only 200m",
    ].join("\n");
    assert.deepEqual(valuesOf(english, PERSON), ["Ingrid", "Malthe"]);
    const bullets = [
      "Kids:",
      "* Anika, 12, Freischwimmer",
      "* Dev, 9, Seepferdchen only",
      "* Tara, 6 – too young?",
    ].join("\n");
    assert.deepEqual(valuesOf(bullets, PERSON), ["Anika", "Dev", "Tara"]);
    const german = [
      "für unsere kinder einen kurs",
      "",
      "Minh Anh 10 jahre seepferdchen",
      "Bao 8 jahre seepferdchen",
    ].join("\n");
    assert.deepEqual(valuesOf(german, PERSON), ["Minh Anh", "Bao"]);
  });

  it("leaves rooms listed with numbers alone", () => {
    const text = ["Für die Kinder der Gruppe:", "Zimmer 12, Doppelzimmer", "Zimmer 14, Einzelzimmer"].join(
      "\n",
    );
    assert.deepEqual(valuesOf(text, PERSON), []);
  });

  it("takes a rental slip's number", () => {
    assert.deepEqual(valuesOf("Rental slip said R-WM-0412.", CONTRACT), ["R-WM-0412"]);
    assert.deepEqual(valuesOf("Bitte bringen Sie den Mietbeleg R-WM-0412 mit.", CONTRACT), ["R-WM-0412"]);
  });
});

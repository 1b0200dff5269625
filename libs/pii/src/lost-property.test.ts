import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a lost-and-found office writes down (v172): cards and passports found, with what is printed
// on them copied out. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("what a found card or passport shows", () => {
  it("takes the holder printed in capitals before a card's number, after a title or not", () => {
    assert.deepEqual(valuesOf("Fundstück 3: Visa debit, MRS T R OYELARAN, 4539 1488 0343 6467", person), [
      "T R OYELARAN",
    ]);
    assert.deepEqual(valuesOf("Mastercard QUIROGA BELTRAN 5425 7781 0263 9181, Fach 12", person), [
      "QUIROGA BELTRAN",
    ]);
    assert.deepEqual(valuesOf("Bank of Ireland, F MAC GIOLLA, no. 4716 1089 9971 6531", person), [
      "F MAC GIOLLA",
    ]);
  });

  it("leaves a card's scheme and bank before its number alone", () => {
    assert.deepEqual(valuesOf("Karte: DKB VISA 4539 1488 0343 6467", person), []);
    assert.deepEqual(valuesOf("AMEX GOLD 3714 496353 98431 im Fach", person), []);
  });

  it("takes the name after a passport's holder label, in capitals", () => {
    assert.deepEqual(
      valuesOf("Passport found at gate B\n  Holder: TRUONG VAN KHOI, passport no. C7716204", person),
      ["TRUONG VAN KHOI"],
    );
  });

  it("takes a family name in capitals before the given names after a name's label", () => {
    assert.deepEqual(valuesOf("Reisepass gefunden, Gate A12\nName:     STAVRIDOU Kalliopi Maria\n", person), [
      "STAVRIDOU Kalliopi Maria",
    ]);
  });

  it("takes the name in a record's field of who did something, not an office or a firm", () => {
    const record = [
      "Abgegeben v.: Zugbegleiterin Vogelsang (Dienstausweis gesehen)",
      "Verpackt von:       Hiltrop",
      "Checked by: Adebowale, 14:20",
      "Geprüft von: Qualitätssicherung",
      "Versendet durch: DHL",
    ].join("\n");
    assert.deepEqual(valuesOf(record, person), ["Vogelsang", "Hiltrop", "Adebowale"]);
  });
});

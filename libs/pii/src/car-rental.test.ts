import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a car rental's desk is sent (v187): messages from the road, scanned damage reports, fines
// forwarded by the police. Every value here is made up; none is in the PII corpus.

const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;
const birthDate = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const vatId = EntityType.ENTITY_TYPE_VAT_ID;

describe("a hired car's plate", () => {
  it("reads 'kennz', as a phone types Kennzeichen, as a vehicle word", () => {
    assert.deepEqual(valuesOf("parkhaus ebene 2 kennz K RV 5213 springt nicht an", plate), ["K RV 5213"]);
  });

  it("takes a plate with a spaced dash, two spaces before its digits and the E of an electric car apart", () => {
    assert.deepEqual(valuesOf("Kennzeichen :   B - WQ  4127 E\nFahrzeug :  Kia EV6", plate), [
      "B - WQ  4127 E",
    ]);
  });
});

describe("a fine's date below a closing", () => {
  it("reads no child in the 'Kind' of 'Kind regards' above a date", () => {
    const fine = [
      "> Kind regards",
      "> Lena Aebischer",
      ">",
      "> Ort: Seebahnstrasse, Fahrtrichtung Süd, 11.03.2025, 09:12",
    ].join("\n");
    assert.deepEqual(valuesOf(fine, birthDate), []);
  });
});

describe("an Irish VAT number", () => {
  it("takes it with a space after the country's letters", () => {
    assert.deepEqual(valuesOf("please add our VAT number (IE 4719302K) to each invoice", vatId), [
      "IE 4719302K",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a car rental's desk is sent (v187): messages from the road, scanned damage reports, fines
// forwarded by the police. Every value here is made up; none is in the PII corpus.

const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;
const birthDate = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const vatId = EntityType.ENTITY_TYPE_VAT_ID;
const phone = EntityType.ENTITY_TYPE_PHONE;
const idDocument = EntityType.ENTITY_TYPE_ID_DOCUMENT;

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

describe("a scanned form with its characters spaced apart", () => {
  it("reads the spaced values written together and masks them as spaced", () => {
    const form = [
      "D A M A G E   R E P O R T",
      "Mobile :   0 8 7  4 1 9  2 2 6 3",
      "Reg :   2 3 1 - D L - 4 4 0 7      Make/Model :  Ford  Puma",
    ].join("\n");
    assert.deepEqual(valuesOf(form, phone), ["0 8 7  4 1 9  2 2 6 3"]);
    assert.deepEqual(valuesOf(form, plate), ["2 3 1 - D L - 4 4 0 7"]);
  });

  it("leaves three characters spaced apart as they are", () => {
    assert.deepEqual(valuesOf("Schritte 1 2 3 erledigt, Tel. folgt", phone), []);
  });
});

describe("a foreign driving licence's number", () => {
  it("takes one that opens with a state's code, and one that ends in a check digit set apart", () => {
    assert.deepEqual(valuesOf("Indian Driving Licence: KA05 20160047718", idDocument), ["KA05 20160047718"]);
    assert.deepEqual(valuesOf("from Porto, PT licence P-2290417 3, agreement to follow", idDocument), [
      "P-2290417 3",
    ]);
  });

  it("reads no check digit after a word", () => {
    assert.deepEqual(valuesOf("den alten Führerschein (Klasse 3) umtauschen", idDocument), []);
  });
});

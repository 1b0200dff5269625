import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { scannedDigits } from "./scanner-misreads.js";

// The forms the blind sets v54 (pasted and scanned letters) and v55 (a marketplace's customers
// from sixteen countries outside Europe) showed. Every value here is made up; none is in the PII
// corpus.

describe("scanned letters", () => {
  it("reads look-alike letters inside numbers as digits, on a view of the same length", () => {
    assert.equal(scannedDigits("Tel. O341 9O8 12-0, Kd-Nr. 44l7 2O9"), "Tel. 0341 908 12-0, Kd-Nr. 4417 209");
    // Codes keep their letters; "O2" reads as "02" on the view, which no rule takes for anything.
    assert.equal(
      scannedDigits("B2B mit O2, York YO30 6BH, RO17 BTRL, NL859204471B01, 7IO"),
      "B2B mit 02, York YO30 6BH, RO17 BTRL, NL859204471B01, 7IO",
    );
  });

  it("finds an IBAN, a phone and a birth date the scanner garbled", () => {
    const letter = "Geburtsdatum: O3.O8.1979\nTel. O211 4O8 77-0\nIBAN DE44 5OO1 0517 54O7 3249 31";
    assert.deepEqual(valuesOf(letter, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["O3.O8.1979"]);
    assert.deepEqual(valuesOf(letter, EntityType.ENTITY_TYPE_PHONE), ["O211 4O8 77-0"]);
    assert.deepEqual(valuesOf(letter, EntityType.ENTITY_TYPE_IBAN), ["DE44 5OO1 0517 54O7 3249 31"]);
  });

  it("takes an e-mail address whose domain a line break split at its hyphen", () => {
    assert.deepEqual(
      valuesOf("E-Mail: k.wolters@lindner-haus-\nverwaltung.de\nTel.", EntityType.ENTITY_TYPE_EMAIL),
      ["k.wolters@lindner-haus-\nverwaltung.de"],
    );
  });
});

describe("addresses around the world", () => {
  it("reads a block of lines that names its parts as one address", () => {
    const filipino =
      "Ship to:\nBlk 9 Lot 14, Phase 3, Greenmeadow Subdivision\nPurok 2, Barangay Dalig\nAntipolo, Rizal 1870\n\nThanks!";
    assert.deepEqual(valuesOf(filipino, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Blk 9 Lot 14, Phase 3, Greenmeadow Subdivision\nPurok 2, Barangay Dalig\nAntipolo, Rizal 1870",
    ]);
    const indonesian =
      "Alamat: Jl. Melati III No. 8, RT 004/RW 011\nKelurahan Cibeunying, Kecamatan Cimenyan\nBandung 40191";
    assert.deepEqual(valuesOf(indonesian, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Jl. Melati III No. 8, RT 004/RW 011\nKelurahan Cibeunying, Kecamatan Cimenyan\nBandung 40191",
    ]);
  });

  it("reads no address from prose that shares a word with one", () => {
    assert.deepEqual(
      valuesOf(
        "In phase 2 we block the card near the end of the month.",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      [],
    );
  });
});

describe("a Portuguese rural address", () => {
  it("takes a street whose type word is Portuguese, a locality and the postcode with its town", () => {
    const text =
      "the plot is at Estrada do Farol 88, Monte da Ribeira, 8670-156 Aljezur, Algarve. There is a ruin";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Estrada do Farol 88, Monte da Ribeira, 8670-156 Aljezur, Algarve",
    ]);
  });

  it("leaves a reference before a capitalized word alone", () => {
    assert.deepEqual(valuesOf("see ticket 4711-123 Thanks", EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

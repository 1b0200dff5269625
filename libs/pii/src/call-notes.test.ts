import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v71 (phone-call notes) showed. Every value here is made up; none is in
// the PII corpus.

const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("names spelled in call notes", () => {
  it("masks letters joined by hyphens, in groups too", () => {
    assert.deepEqual(persons("Anruferin: Fr. Oyelaran, Schreibweise O-Y-E-L-A-R-A-N, bitte zurückrufen."), [
      "Oyelaran",
      "O-Y-E-L-A-R-A-N",
    ]);
    assert.deepEqual(persons("Surname spelled A-L dash H-A-D-D-A-D, given name R-A-N-I-A."), [
      "A-L dash H-A-D-D-A-D",
      "R-A-N-I-A",
    ]);
    // Three letters are an abbreviation; letters with digits a code.
    assert.deepEqual(persons("Rückfrage zur U-S-A Lieferung, Code A-B-C-4."), []);
  });

  it("masks a spelling alphabet's run, German, English or NATO", () => {
    assert.deepEqual(
      persons("Schreibweise: H wie Heinrich, U wie Ulrich, B wie Berta, E wie Emil, R wie Richard"),
      ["H wie Heinrich, U wie Ulrich, B wie Berta, E wie Emil, R wie Richard"],
    );
    assert.deepEqual(persons("Surname: D as in Delta, O as in Oscar, Y, L, E – thanks"), [
      "D as in Delta, O as in Oscar, Y, L, E",
    ]);
    assert.deepEqual(persons("Spelled: Kilo-Alfa-Romeo-India-Mike, then the ID."), [
      "Kilo-Alfa-Romeo-India-Mike",
    ]);
    // One letter and its word is no spelling: "A wie Apfel" on a fruit stall's list.
    assert.deepEqual(persons("Kategorie A wie Apfel, dann Lieferung am Montag."), []);
  });

  it("masks a family name repeated in capitals beside its name", () => {
    assert.deepEqual(persons("Name: Jonas Wildgruber (WILDGRUBER, mit einem B)"), [
      "Jonas Wildgruber",
      "WILDGRUBER",
    ]);
    // Capitals beside capitals are a firm's letterhead.
    assert.deepEqual(persons("Jonas Wildgruber\nWILDGRUBER HOLZBAU\nAm Anger 3"), ["Jonas Wildgruber"]);
  });
});

describe("numbers noted in call notes", () => {
  it("reads phone numbers noted digit by digit, in groups", () => {
    const note =
      "Rückruf: 0 8 9 / 6 2 0 4 4 1 7\nHr. Okafor, 0 17 62 / 41 08 33 9, bitte heute\nTel. 0 40 / 3 3 9 1 - 2 0 5";
    assert.deepEqual(valuesOf(note, EntityType.ENTITY_TYPE_PHONE), [
      "0 8 9 / 6 2 0 4 4 1 7",
      "0 17 62 / 41 08 33 9",
      "0 40 / 3 3 9 1 - 2 0 5",
    ]);
    // A list of small numbers is none.
    assert.deepEqual(valuesOf("Punkte: 0 12 15 20 25 30 35 40 45", EntityType.ENTITY_TYPE_PHONE), []);
  });

  it("keeps a noted number's groups together, and a plate's spaced dash after its keyword", () => {
    assert.deepEqual(
      valuesOf("Kd.-Nr.: AT 318 / 44 / 9021, Rückfrage", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["AT 318 / 44 / 9021"],
    );
    assert.deepEqual(
      valuesOf("Bestellnummer 55120 - 2 Artikel fehlen", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["55120"],
    );
    assert.deepEqual(valuesOf("Kennzeichen: KI - RT 881", EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "KI - RT 881",
    ]);
    assert.deepEqual(valuesOf("Gruppe B - AB 3 spielt um zehn", EntityType.ENTITY_TYPE_LICENSE_PLATE), []);
    assert.deepEqual(
      valuesOf("Their VAT no. is PL 7761 2290 43, please add it", EntityType.ENTITY_TYPE_VAT_ID),
      ["PL 7761 2290 43"],
    );
  });

  it("reads a transcript's hyphenated number words and a full stop after a number", () => {
    const said =
      "My phone is oh seven nine double-oh four double-one six two eight. Address is forty-one Quarry Lane, Exeter, EX two, four-P-T. Thanks.";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PHONE), [
      "oh seven nine double-oh four double-one six two eight",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "forty-one Quarry Lane, Exeter, EX two, four-P-T",
    ]);
  });
});

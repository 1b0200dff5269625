import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a city archive and an heir-tracing service are sent (v357, v360): relatives with their
// dates, courts' and authorities' file numbers, pension numbers from old papers. Every value here
// is made up; none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
const person = EntityType.ENTITY_TYPE_PERSON;

describe("a court's or an office's file number", () => {
  it("takes a probate court's number after the court's name, without a keyword", () => {
    assert.deepEqual(valuesOf("Nachlass Szymanek, AG Lüneburg 3 VI 881/25\n\nSehr geehrte Damen", ticket), [
      "3 VI 881/25",
    ]);
    assert.deepEqual(valuesOf("Band 3 VI 881/25 der Reihe", ticket), []);
  });

  it("takes a social court's number and a number with its handler's letters after a keyword", () => {
    assert.deepEqual(valuesOf("Aktenzeichen: S 4 KR 117/24\n(Bitte stets angeben)", ticket), [
      "S 4 KR 117/24",
    ]);
    assert.deepEqual(valuesOf("Unser Zeichen: 233/25 LT-B\nDatum: heute", ticket), ["233/25 LT-B"]);
    assert.deepEqual(valuesOf("the High Court (Record No. 2024/5521 P); the judge", ticket), ["2024/5521 P"]);
  });
});

describe("a relative's dates and names", () => {
  it("takes a pension number as the card prints it, its check digit aside", () => {
    assert.deepEqual(valuesOf("Vers.-Nr.: 73 150862 K 017", EntityType.ENTITY_TYPE_SOCIAL_SECURITY), [
      "73 150862 K 017",
    ]);
  });

  it("takes a birth date in brackets before a death date", () => {
    assert.deepEqual(valuesOf("the late Mrs Teresa Pieczonka (3 March 1931 – 9 May 2024), whose", birth), [
      "3 March 1931",
    ]);
  });

  it("takes a birth date in brackets before the place of the birth", () => {
    assert.deepEqual(valuesOf("for your grandfather Séamus Kilbride (5 Jan 1917, Lissycasey) and", birth), [
      "5 Jan 1917",
    ]);
  });

  it("takes a birth date after 'b.' with the month first", () => {
    assert.deepEqual(valuesOf("- their daughter Nora Kilbride b. Mar 4, 1899, Dunmanway", birth), [
      "Mar 4, 1899",
    ]);
  });

  it("takes a married name after 'Ehename'", () => {
    assert.deepEqual(valuesOf("Sie heiratete 1961 in Celle (Ehename Pieczonka).", person), ["Pieczonka"]);
  });

  it("takes the name after a grandparent or a great-grandparent", () => {
    assert.deepEqual(valuesOf("Their son, my grandad Harjivan Vrajlal Shah, was born in Mombasa.", person), [
      "Harjivan Vrajlal Shah",
    ]);
  });
});

describe("an address abroad", () => {
  it("takes an Israeli street with its type word first and a seven-digit postcode", () => {
    const signature = "Kind regards\nTeodora Szymanek\nRehov Bialik 12, Ramat Gan 5251108";
    assert.deepEqual(valuesOf(signature, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Rehov Bialik 12, Ramat Gan 5251108",
    ]);
  });
});

// A genealogist's family trees and heirs' questionnaires (v546): years of birth after their mark.
describe("years of birth in family trees", () => {
  it("takes a year alone after 'b.', 'born' or a star", () => {
    const text =
      "Ancestor: Jakob Reinholz, b. 1868 Posen, d. 1931 Chicago.\nHis daughter (born 1902 in Gnesen) and her son (* ca. 1930 Breslau).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["1868", "1902", "1930"]);
  });

  it("leaves a year after 'geb.' alone, as a horse's or a house's may be", () => {
    const text = "Stute Fenja, geb. 2012, steht im Stall 3.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });

  it("takes the day after 'Tag der Geburt', not the baptism's", () => {
    const text =
      "Auszug Taufbuch 1894, Nr. 77\nTag der Geburt: 11. April 1894\nTag der Taufe: 15. April 1894";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["11. April 1894"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a jeweller and watchmaker is sent (v488): engravings, repair orders, insurers' letters.
// Every value here is made up; none is in the PII corpus.

describe("engravings", () => {
  it("takes a newborn's day before its weight and length", () => {
    const text = "Front:   Lio\nBack:    17.05.2025 · 3480 g · 53 cm";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["17.05.2025"]);
    const lengthFirst = "Ida, 02.11.2024, 49 cm, 2,9 kg";
    assert.deepEqual(valuesOf(lengthFirst, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["02.11.2024"]);
  });

  it("takes no parcel's day before its weight", () => {
    const text = "Paket vom 14.1.2025, 52 cm x 30 cm, 3,2 kg";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });

  it("takes no nationality as a name", () => {
    const text = "Her name is Vietnamese, if your machine can do the accents.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("takes no firm of engineers on a service jubilee", () => {
    const text =
      "Herr Vogt bestellt:\n1)  Jonas Albrecht\n    25 Jahre Vogt Maschinenbau\n    01.04.1999 – 01.04.2024";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Vogt", "Jonas Albrecht"]);
  });
});

describe("repair orders and letters", () => {
  it("takes a customer card's number after a comma and its Nr.", () => {
    const text = "Sie hat auch eine Kundenkarte, Nr. 6600 4172 9013. Kann der Auftrag darauf?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["6600 4172 9013"]);
  });

  it("takes a law firm's reference with its dictation initials", () => {
    const text = "Zahlung bitte unter Angabe unseres Zeichens KL/MB 24-0917 an die Kanzlei.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["KL/MB 24-0917"]);
  });

  it("takes no police station or fire station as a name", () => {
    for (const text of [
      "Absender: Polizeiinspektion Neumarkt",
      "Grüße\nPolizeirevier Emmendingen",
      "Von: Feuerwache Lörrach <info@feuerwehr-loerrach.de>",
    ])
      assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [], text);
  });

  it("takes no note paper as a name", () => {
    const text = "die Nummer hab ich auf einen Zettel geschrieben und der ist weg.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

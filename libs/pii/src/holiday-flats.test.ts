import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a letter of beach chairs and holiday flats on the coast reads (v519): cleaners' handover
// notes in German and Danish, key boxes and their codes, guests by family name. Every value here
// is made up; none is in the PII corpus.

describe("handover notes of holiday flats", () => {
  it("takes a key box's code that stays or changes, named right before", () => {
    const text =
      "Strandhus 3 fertig. Schlüsselbox Code bleibt 5038.\nKlitvej 2: code neu 6642, der alte ist gelöscht.\nKeybox code changed to 2917 for Saturday.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5038", "6642", "2917"]);
  });

  it("leaves a year alone after a word of change", () => {
    const text = "Der Zugangscode wurde neu 2024 eingeführt, seitdem gibt es keine Beschwerden.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), []);
  });

  it("takes a code set off by a comma at a sentence's end", () => {
    const text =
      "Wir haben seit Sonntag einen neuen Code, 7305. Den alten bitte aus dem Gästeordner streichen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["7305"]);
  });

  it("takes a code named in Danish", () => {
    const text = "Ny kode til nøgleboksen: 3961 (husk at slette den gamle).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["3961"]);
  });

  it("takes a guest's family name after 'Gast'", () => {
    const text = "Whg 2: Gast Kowalczyk reist Freitag an, bitte Kinderbett aufbauen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Kowalczyk"]);
  });

  it("takes the new guests and the key boxes' codes in a handover table", () => {
    const table = [
      "Objekt        | Status | neuer Gast       | Schlüsselkasten",
      "--------------|--------|------------------|----------------",
      "Dünenblick 3  | fertig | Familie Ostendorf | 5917",
      "Hafenkante 1  | offen  | Brzeski          | 0463",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), ["Ostendorf", "Brzeski"]);
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_SECRET), ["5917", "0463"]);
  });
});

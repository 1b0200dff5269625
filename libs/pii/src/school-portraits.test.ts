import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a school and kindergarten photographer is sent (v276): class lists with the gallery's
// access codes, parents' short replies with a code from the card, families listed with their
// children's classes. Every value here is made up; none is in the PII corpus.

describe("gallery codes", () => {
  it("takes a column of gallery codes in a list pasted from a spreadsheet", () => {
    const list = [
      "Kind\tElternteil\tE-Mail\tGalerie-Code",
      "Lotta Brandt\tSaskia Brandt\ts.brandt@example.org\tR4-KM81T",
      "Yusuf Gürbüzoğlu\tDilek Gürbüzoğlu\tdilek.g@example.org\tR4-PW27C",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_SECRET), ["R4-KM81T", "R4-PW27C"]);
  });

  it("takes a code printed in two groups of four apart by a space", () => {
    assert.deepEqual(valuesOf("Code: 7TR3 K9QW", EntityType.ENTITY_TYPE_SECRET), ["7TR3 K9QW"]);
  });

  it("takes the second of two codes of one shape after the first", () => {
    const text = "each twin got a different code (MB-4410-XT and MB-4411-XT), can you merge them?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["MB-4410-XT", "MB-4411-XT"]);
  });

  it("takes a card's code of uneven groups in a mail about a code", () => {
    const text = "we got the photo card home but the access code fails every time.\nP3WX-71KD-4R\nThanks";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["P3WX-71KD-4R"]);
    const german = "Galerie-Code geht nicht, auf der Karte steht Q7-HN52W, was tun?";
    assert.deepEqual(valuesOf(german, EntityType.ENTITY_TYPE_SECRET), ["Q7-HN52W"]);
  });

  it("takes no model number or timestamp for a code", () => {
    const text =
      "Mein Handy (SM-A146P) zeigt beim Code seit 2024-05-02T08 einen Fehler, product code RT4-88KLM.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), []);
  });
});

describe("families listed with their children", () => {
  it("takes the family name that opens a line of its children and their classes", () => {
    const list = [
      "Anmeldungen bisher:",
      "Hoffmann – Lina 2b / Jonas 4a",
      "- Schneider: Elif (1c) + Emre (3b)",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), [
      "Hoffmann",
      "Lina",
      "Jonas",
      "Schneider",
      "Elif",
      "Emre",
    ]);
  });

  it("takes no label before a list of names for a family name", () => {
    const list = "Mitfahrer: Lina 2b / Jonas 4a\nKinder: Elif (1c) + Emre (3b)";
    const names = valuesOf(list, EntityType.ENTITY_TYPE_PERSON);
    assert.deepEqual(
      names.filter((name) => /Mitfahrer|Kinder/.test(name)),
      [],
    );
    assert.ok(names.includes("Elif"), names.join(", "));
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an embroidery and textile printing shop is sent (v597): the names for the backs of a
// team's shirts, in capitals as they will be printed, between shirt numbers and sizes, typed as
// lines or pasted from a spreadsheet. Every value here is made up; none is in the PII corpus.

const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("shirts to print with names", () => {
  it("takes the names of a list of shirts, each between its number and its size", () => {
    const list =
      "Names for the backs:\n\n10 - OKAFOR - XL\n 9 - MAC CARTHAIGH - L\n 7 - N'GUESSAN - M\n 3 - BRANDL - 152";
    assert.deepEqual(persons(list), ["OKAFOR", "MAC CARTHAIGH", "N'GUESSAN", "BRANDL"]);
    assert.deepEqual(persons("ELIAS 7 L\nMARTA 3 S\nCOACH 1 XL\nJONAS 9 M"), ["ELIAS", "MARTA", "JONAS"]);
  });

  it("takes a given name that is also a word between two given names of a list", () => {
    assert.deepEqual(persons("Namen für die Polos: Emre, Kai, Tobias, je 3 Stück."), [
      "Emre",
      "Kai",
      "Tobias",
    ]);
    assert.deepEqual(persons("Wir liefern im April, Mai, Juni."), []);
  });

  it("leaves two such lines alone: a list takes three", () => {
    assert.deepEqual(persons("Bitte noch:\nPOLO 3 XL\nHOODIE 2 M\n"), []);
    assert.deepEqual(persons("FINNEGAN 4 L\nGALLAGHER 8 M\n"), []);
  });

  it("takes the names of a spreadsheet's print column", () => {
    const table = [
      "Pos\tArtikel\tGröße\tFlock Name\tFlock Nr",
      "1\tPräsentationsjacke\t164\tSTÖCKL\t4",
      "2\tPräsentationsjacke\tS\tVARGA\t6",
    ].join("\n");
    assert.deepEqual(persons(table), ["STÖCKL", "VARGA"]);
  });
});

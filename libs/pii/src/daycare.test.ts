import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a daycare's educators write in their handover notes (v194) and a city's placement office
// gets (v465): children by first name or nickname, named by their parents; parents' fee accounts.
// Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("a child named by its parent", () => {
  it("takes the nickname after 'Mama von' and 'parents of'", () => {
    assert.deepEqual(valuesOf("Bitte Mama von Pummel Bescheid sagen, sie holt um 15 Uhr.", person), [
      "Pummel",
    ]);
    assert.deepEqual(valuesOf("Dear parents of Linnea,\nwelcome to the Otters group!", person), ["Linnea"]);
  });

  it("takes a given name before a parent, without the genitive's s", () => {
    assert.deepEqual(valuesOf("Heute:\nYusufs Mama bringt Kuchen mit.", person), ["Yusuf"]);
    assert.deepEqual(valuesOf("All fine. Ishaan's dad picked him up at four.", person), ["Ishaan"]);
  });

  it("reads no name in a parent's noun after 'des'", () => {
    assert.deepEqual(valuesOf("Die Unterschrift des Kindes Mama fehlt noch.", person), []);
  });
});

describe("a fee payer's account and notices", () => {
  it("takes the number after Personenkonto and Gebührenkonto", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Personenkonto: 310 522 874\nKassenzeichen folgt", customer), ["310 522 874"]);
    assert.deepEqual(valuesOf("Abbuchung vom Gebührenkonto 310 118 406 klappt nicht.", customer), [
      "310 118 406",
    ]);
  });

  it("reads a column of Kassenzeichen as references", () => {
    const table = [
      "Kind            | Einrichtung      | Betrag    | Kassenzeichen",
      "Lena Wiegand    | Kita Am Anger    | 120,00 €  | 2511.70318.02",
      "Jonas Wiegand   | Kita Am Anger    | 268,00 €  | 2511.70318.03",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "2511.70318.02",
      "2511.70318.03",
    ]);
  });
});

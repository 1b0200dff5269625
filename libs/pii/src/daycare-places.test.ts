import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a city's daycare placement office gets (v465): parents' fee accounts and fee notices in a
// table. Every value here is made up; none is in the PII corpus.

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

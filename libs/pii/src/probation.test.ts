import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a probation and resettlement charity is sent (v539): courts' and prosecutors' file numbers,
// the probation service's own, creditors' accounts. Every value here is made up; none is in the
// PII corpus.

const TICKET_NUMBER = EntityType.ENTITY_TYPE_TICKET_NUMBER;

describe("a probation charity's files", () => {
  it("takes a court's number before the prosecutor's, and a juvenile case's mark", () => {
    const text =
      "In der Sache Huber ./. Okoro (AG Deggendorf, 4 Cs 215 Js 6083/24) und Az. 1 Ls 402 Js 3317/25 jug bitte ich um Rückruf.";
    assert.deepEqual(valuesOf(text, TICKET_NUMBER), ["4 Cs 215 Js 6083/24", "1 Ls 402 Js 3317/25 jug"]);
  });

  it("takes a prosecutor's file in a mail about the prosecution, and the probation service's", () => {
    const text =
      "Die Weisung kam von der StA Linz, 9 BAZ 554/24k. The file number on the letter is BewH 3306/25.";
    assert.deepEqual(valuesOf(text, TICKET_NUMBER), ["9 BAZ 554/24k", "BewH 3306/25"]);
  });

  it("takes an IBAN typed with a group too many when its check digits hold", () => {
    const text = "Zahlungen bitte auf:\nIBAN DE65 5001 0517 0648 2210 9937\nunter Angabe der Kundennummer";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_IBAN), ["DE65 5001 0517 0648 2210 9937"]);
  });
});

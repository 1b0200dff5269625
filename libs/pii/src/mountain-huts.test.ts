import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an alpine club's hut booking office is sent (v522): group lists with years of birth,
// Italian guests' identity cards. Every value here is made up; none is in the PII corpus.

const DATE_OF_BIRTH = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("group bookings of a mountain hut", () => {
  it("takes bare years after names where the mail says they are years of birth", () => {
    const text = "Participants (name, year of birth):\nNadia Rahman 2009; Tom Whitley 2010; Ines Caruso 2009";
    assert.deepEqual(valuesOf(text, DATE_OF_BIRTH), ["2009", "2010", "2009"]);
  });

  it("leaves bare years after names alone when nothing says they are of birth", () => {
    const text = "Hut wardens since:\nNadia Rahman 2009; Tom Whitley 2010";
    assert.deepEqual(valuesOf(text, DATE_OF_BIRTH), []);
  });

  it("takes a 'YoB' column as years of birth", () => {
    const table = [
      "| # | Name            | YoB  | Emergency contact |",
      "|---|-----------------|------|-------------------|",
      "| 1 | Orla Fitzgerald | 1998 | +353 87 204 5518  |",
      "| 2 | Cian Moloney    | 2000 | +353 86 771 0392  |",
    ].join("\n");
    assert.deepEqual(valuesOf(table, DATE_OF_BIRTH), ["1998", "2000"]);
  });

  it("takes an Italian identity card's number after 'CI'", () => {
    const text = "Documenti per la lista:\nMair Lukas  – CI CB73015PZ\nMair Sofia  – CI CB73018PZ";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["CB73015PZ", "CB73018PZ"]);
  });

  it("takes an Italian street whose name holds 'in'", () => {
    const text = "Cordiali saluti\nMarta Bonomi\nVia San Michele in Bosco 7, 40136 Bologna";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Via San Michele in Bosco 7, 40136 Bologna",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a car-sharing operator gets (v454): trip logs, invoices in lists, fines from authorities.
// Every value here is made up; none is in the PII corpus.

describe("references in a car-sharing mail", () => {
  it("takes every invoice of a list after a word ending like a standard's letters", () => {
    assert.deepEqual(
      valuesOf(
        "die Rechnungen RE-2023-0418822, RE-2023-0513907 und RE-2023-0620114. Danke",
        EntityType.ENTITY_TYPE_INVOICE_NUMBER,
      ),
      ["RE-2023-0418822", "RE-2023-0513907", "RE-2023-0620114"],
    );
  });

  it("takes a booking in a trip's line after an airport, where a flight number's word would not", () => {
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("* 04.11. Hauptbahnhof → Flughafen Graz, BK-23-4471092, € 22,10", ticket), [
      "BK-23-4471092",
    ]);
  });

  it('takes a trip\'s code of one letter after "Fahrt"', () => {
    assert.deepEqual(
      valuesOf("- 18:02 – 18:40, Fahrt K-7QX2M9, Ende am Ring", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["K-7QX2M9"],
    );
  });

  it("takes an authority's file of letters, serial and year apart by slashes", () => {
    assert.deepEqual(
      valuesOf("Meldung: PI Graz-Süd, GZ VStV/918844002731/2025\n", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["VStV/918844002731/2025"],
    );
  });
});

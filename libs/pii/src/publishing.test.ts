import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a publishing house and literary agency is sent (v372): royalty statements, tax forms from
// abroad, foreign publishers' letterheads. Every value here is made up; none is in the PII corpus.

describe("a royalty statement and a tax form", () => {
  const statement = "Author: L. Brennecke\nAgreement:  LB/DE/2023/207\nStatement:  LB-RS-2526-0144\n";

  it("takes an agreement's number with slashes", () => {
    assert.deepEqual(valuesOf(statement, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["LB/DE/2023/207"]);
  });

  it("takes a royalty statement's number", () => {
    assert.deepEqual(valuesOf(statement, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["LB-RS-2526-0144"]);
  });

  it("takes a US form's birth date written month first with dashes, not a day-first date", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("8  Date of birth: 11-24-1983  (MM-DD-YYYY)", birth), ["11-24-1983"]);
    assert.deepEqual(valuesOf("Termin am 03-12-2026 um 10 Uhr", birth), []);
  });
});

describe("a Venetian publisher's letterhead", () => {
  it("takes a street along a canal", () => {
    assert.deepEqual(
      valuesOf(
        "Edizioni Brenta srl – Fondamenta degli Ormesini 1187, 30121 Venezia",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Fondamenta degli Ormesini 1187, 30121 Venezia"],
    );
  });
});

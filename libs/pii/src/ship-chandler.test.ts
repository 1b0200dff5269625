import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ship chandler and crew agency in Hamburg and Rotterdam is sent (v560): seafarers' books
// in crew lists, provisions ordered by their IMPA codes. Every value here is made up; none is in
// the PII corpus.

describe("seafarers' books", () => {
  it("takes a seaman's book's number after its label and in a crew list's column", () => {
    const text = [
      "Seefahrtsbuch:     SB 041827",
      "CDC: MUM 248173",
      "",
      "NO  NAME                        RANK   DOB         PASSPORT   SEAMAN BOOK",
      "1   AGUS SETIAWAN               BOSUN  1982-07-11  C4837162   F 283746",
    ].join("\n");
    const documents = valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT);
    for (const value of ["SB 041827", "MUM 248173", "F 283746"])
      assert.ok(documents.includes(value), `${value} in ${documents.join(" | ")}`);
  });

  it("takes a book's number after 'SB' in a line of a crew's data", () => {
    const text = "3/O     VUJOVIC LUKA     MNE   DOB 04.04.1997   SB BR 004127";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["BR 004127"]);
  });
});

describe("a ship's provisions", () => {
  it("reads an IMPA column as articles' codes", () => {
    const text = [
      "IMPA    ARTIKEL                          MENGE  EINH.",
      "000112  RINDERHACKFLEISCH TK                20  KG",
      "000205  HÄHNCHENSCHENKEL TK (HALAL)         30  KG",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });
});

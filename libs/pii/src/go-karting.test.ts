import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a go-karting track is sent (v704): a company league's results pasted from a spreadsheet,
// the drivers' racing licences in a column of their own. Every value here is made up; none is in
// the PII corpus.

describe("a karting league's results", () => {
  it("takes the racing licences under a 'Lizenz-Nr.' column", () => {
    const table = [
      "Platz\tFahrer\tLizenz-Nr.\tTeam\tZeit",
      "1\tLorenz, Jana\tFL-0214\tKern Elektro\t12:41,207",
      "2\tOkafor, Daniel\tFL-0198\tAutohaus Bauer\t12:43,950",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["FL-0214", "FL-0198"]);
  });
});

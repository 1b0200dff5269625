import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a roofer gets (v476, v711): foremen's notes naming the client by role, a planning
// application's site, a scaffolder's statement with its sites in a column. Every value here is
// made up; none is in the PII corpus.

describe("a client by role on a building site", () => {
  it("takes the name after Bauherr, or a known one after the role typed in lower case", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("folie kaputt\nbauherr Hansen will dass wir gleich anfangen", person), [
      "Hansen",
    ]);
    assert.deepEqual(valuesOf("Die Bauherrin Okonjo ist ab Montag da.", person), ["Okonjo"]);
  });
});

describe("a roofer's paperwork in England", () => {
  const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

  it("takes a site address with the house's name before its number", () => {
    const text = "Site Address: The Old Mill, 5 Bath Road, Norton St Philip, BA2 7LN\nUPRN: 100121447";
    assert.deepEqual(valuesOf(text, address), ["The Old Mill, 5 Bath Road, Norton St Philip, BA2 7LN"]);
  });

  it("takes a column's streets with their towns, not a reference's digits before them", () => {
    const table = [
      "Date        Ref          Site                          Amount",
      "03/05/24    SI-81027     12 Mill Lane, Keynsham           £1,140.00",
      "17/05/24    SI-81166     27 Harbour Rd, Portishead        £  860.00",
    ].join("\n");
    assert.deepEqual(valuesOf(table, address), ["12 Mill Lane, Keynsham", "27 Harbour Rd, Portishead"]);
  });
});

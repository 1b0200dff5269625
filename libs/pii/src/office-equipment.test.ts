import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an office-equipment service company gets (v234): agreements quoted by their code, and
// technicians' visit reports. Every value here is made up; none is in the PII corpus.

describe("an agreement's and a visit report's numbers", () => {
  it("takes an agreement's code, in brackets or after the word", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("under our service agreement (OFX-DE-SA-4410), so why", contract), [
      "OFX-DE-SA-4410",
    ]);
    assert.deepEqual(valuesOf("the copier rental (agreement OFX-DE-RA-7725) ends in May", contract), [
      "OFX-DE-RA-7725",
    ]);
    assert.deepEqual(valuesOf("we came to an agreement with the landlord", contract), []);
  });

  it("takes a visit report's number as a ticket's", () => {
    assert.deepEqual(valuesOf("VISIT REPORT   No. VT-330918\nCust:", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "VT-330918",
    ]);
  });
});

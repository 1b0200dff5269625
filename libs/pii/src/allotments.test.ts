import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an allotment garden association is sent (v308): the bank's returned direct debits, members'
// notes about the sheds' locks. Every value here is made up; none is in the PII corpus.

describe("the treasurer's and the members' mails", () => {
  it("takes the mandate references of a returned direct debits' list beside its payers", () => {
    const text =
      "Mandatsref.  Zahlungspflichtiger  Betrag EUR\nGV-0733      Kowalczyk, Irena     187,40\nGV-0815      Lenz, Hartmut        243,15\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["GV-0733", "GV-0815"]);
  });

  it("takes a lock's code asked after with 'still', without the question's mark", () => {
    const text = "hi, is the code for the lock at the tool shed still 7592? doesnt open";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["7592"]);
    const prose = "the code is still the one you gave me in spring, 7592, never changed it.";
    assert.deepEqual(valuesOf(prose, EntityType.ENTITY_TYPE_SECRET), ["7592"]);
  });
});

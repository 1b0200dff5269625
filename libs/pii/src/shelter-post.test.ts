import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a homeless shelter's postal address service keeps (v536): a register of letters for its
// clients by their mailbox numbers. Every value here is made up; none is in the PII corpus.

const CUSTOMER_NUMBER = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a shelter's post for homeless clients", () => {
  it("takes the mailbox numbers in a register's 'Postnr.' column", () => {
    const register = [
      "Postnr.  | Klient/in          | Absender           | Eingang",
      "---------+--------------------+--------------------+--------",
      "K-0311   | Wojcik, Pawel      | Jobcenter Mitte    | 04.03.",
      "K-0318   | Aydin, Selin       | Familienkasse      | 05.03.",
    ].join("\n");
    assert.deepEqual(valuesOf(register, CUSTOMER_NUMBER), ["K-0311", "K-0318"]);
  });

  it("takes a client's mailbox number after 'Postfach' or 'mailbox'", () => {
    const text = "Das Original liegt in seinem Postfach L-092. He collects his post here (mailbox S-2240).";
    assert.deepEqual(valuesOf(text, CUSTOMER_NUMBER), ["L-092", "S-2240"]);
  });
});

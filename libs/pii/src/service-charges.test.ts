import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a property manager's billing desk is sent (v171): meter readings per flat with the tenant
// beside them, caretakers' notes typed on phones. Every value here is made up; none is in the PII
// corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a list of flats and their tenants", () => {
  it("takes the tenants' column of a spreadsheet of meter readings, not an empty flat", () => {
    const readings = [
      "Ablesung Haus 3:",
      "",
      "Whg\tMieter\tKW\tStand",
      "EG li\tWierzbicka\t40917733\t218,40",
      "EG re\tHolmgren, T.\t40917737\t96,2",
      "1 li\tLEER seit 01.03.\t40917741\t3,9",
    ].join("\n");
    assert.deepEqual(valuesOf(readings, person), ["Wierzbicka", "Holmgren, T."]);
  });

  it("takes an occupant's column aligned with spaces, not a vacant unit", () => {
    const errors = [
      "Unit      Occupant              Device      Error",
      "2 re      Vanterpool, P.       7730462     E-21 tamper",
      "NE 007    vacant                7730465     no signal",
    ].join("\n");
    assert.deepEqual(valuesOf(errors, person), ["Vanterpool, P."]);
  });

  it("reads a flat's side, typed in lower case, as no one's name", () => {
    const note = ["Whg\tMieter\tKW", "3 li\tWierzbicka\t40917733", "", "Bei 3 li war keiner da."].join("\n");
    assert.deepEqual(valuesOf(note, person), ["Wierzbicka"]);
  });

  it("reads a plain column of names beside meter readings as no one's", () => {
    const products = ["Name\tKW\tStand", "Kaltwasser\t40917733\t218,40"].join("\n");
    assert.deepEqual(valuesOf(products, person), []);
  });
});

describe("a street typed on a phone", () => {
  it("takes a town's adjective and 'str' apart in lower case, not another word before 'str'", () => {
    assert.deepEqual(valuesOf("mieternr 4471 whg 3 rodenkirchener str 41 heizung kalt", address), [
      "rodenkirchener str 41",
    ]);
    assert.deepEqual(valuesOf("bitte auf der oberen str 5 parken", address), []);
  });
});

describe("a tenant's number", () => {
  it("takes a tenant's number after its word, glued to it or not", () => {
    assert.deepEqual(valuesOf("refund pls tenant number30517742 thx", customer), ["30517742"]);
    assert.deepEqual(valuesOf("mieternr30517748 whg 4", customer), ["30517748"]);
    assert.deepEqual(valuesOf("Mieter-Nr.: 3051 7790", customer), ["3051 7790"]);
    assert.deepEqual(valuesOf("flat 2 left\ntenant30517751", customer), ["30517751"]);
  });

  it("leaves a short number after 'tenant' alone", () => {
    assert.deepEqual(valuesOf("the tenant 2 floors below is loud", customer), []);
  });
});

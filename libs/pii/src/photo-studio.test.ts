import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a photo studio gets (v217): parents quoting the access code of an online gallery, and
// customers guessing at old numbers. Every value here is made up; none is in the PII corpus.

describe("a gallery's access code", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it("is told by its groups of capitals and digits in a mail about a code", () => {
    assert.deepEqual(valuesOf("The access code on the card she brought home was 4TR8-Q27W", secret), [
      "4TR8-Q27W",
    ]);
    assert.deepEqual(valuesOf("hi the code for the class photos isnt working?? M3XQ-71PD . thanks", secret), [
      "M3XQ-71PD",
    ]);
  });

  it("is not an error's code, nor such a shape in a mail about no code", () => {
    assert.deepEqual(valuesOf('the code says "already used" (error LOGN-4012)', secret), []);
    assert.deepEqual(valuesOf("Ihre Lieferung 4TR8-Q27W kommt morgen", secret), []);
  });
});

describe("a number the customer is not sure of", () => {
  it("is taken after 'damals vermutlich' or 'probably'", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Kundennummer damals vermutlich 12-2088.", customer), ["12-2088"]);
    assert.deepEqual(valuesOf("customer number probably 09-2064, not sure", customer), ["09-2064"]);
  });
});

describe("a baby's birth day", () => {
  it("is taken after 'born' or 'geboren am' without its year", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("Our son arrived! Tomasz Arlen, born 14th May at 02:40, 3.1kg", birth), [
      "14th May",
    ]);
    assert.deepEqual(valuesOf("Lotte, geboren am 9. August um 6 Uhr früh", birth), ["9. August"]);
    assert.deepEqual(valuesOf("Lotte, geboren am 9. August 2021 in Bremen", birth), ["9. August 2021"]);
  });
});

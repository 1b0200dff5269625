import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a town hall's e-government helpdesk gets (v249): portal errors retyped with their
// references, case numbers in dotted groups, long complaints. Every value here is made up; none is
// in the PII corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

describe("a portal's references", () => {
  it("takes every case number of a list in dotted groups", () => {
    assert.deepEqual(valuesOf("the case numbers 32.2025.004417 and 32.2025.009120, and I", ticket), [
      "32.2025.004417",
      "32.2025.009120",
    ]);
  });

  it("takes a number after a keyword in brackets, and after 'Ref' before a code", () => {
    assert.deepEqual(valuesOf("Reference (Kassenzeichen) 7.4410.002297.5. The bank", ticket), [
      "7.4410.002297.5",
    ]);
    assert.deepEqual(valuesOf('nicht möglich. (Ref TXN-7K20-3318)"', ticket), ["TXN-7K20-3318"]);
  });
});

describe("an address after its keyword", () => {
  it("opens with a capital, a number or a flat, or names its street type in lower case", () => {
    const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
    assert.deepEqual(valuesOf("write to me at this address or on 0171 2093344. Yours", address), []);
    assert.deepEqual(valuesOf("you must write to the address above within 28 days.", address), []);
    assert.deepEqual(valuesOf("address is flat 4c, 12 Clifton Road, Bristol BS8 1AB\n", address), [
      "flat 4c, 12 Clifton Road, Bristol BS8 1AB",
    ]);
  });
});

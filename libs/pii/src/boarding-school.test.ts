import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a boarding school's admissions and fees office gets (v246): fees paid from abroad with the
// bank's transfer message pasted in, offers naming the student, an address in capitals. Every value
// here is made up; none is in the PII corpus.

describe("a bank transfer's SWIFT message", () => {
  it("takes the ordering account after :50K:/ and the banks' codes after :52A: and :57A:", () => {
    const message = [
      ":32A:250110EUR9800,00",
      ":50K:/2207418835",
      "WANJIRU NJOKI MUTUA",
      ":52A:EQBLKENA",
      ":57A:COBADEFFXXX",
    ].join("\n");
    assert.deepEqual(valuesOf(message, EntityType.ENTITY_TYPE_IBAN), ["2207418835"]);
    assert.deepEqual(valuesOf(message, EntityType.ENTITY_TYPE_BIC), ["EQBLKENA", "COBADEFFXXX"]);
  });
});

describe("an offer and an address", () => {
  it("takes the student's name after 'Student:' and a town's 'I.' in capitals", () => {
    assert.deepEqual(
      valuesOf("Student: LAU Pui Ying Karen\nDOB: 2012-02-17", EntityType.ENTITY_TYPE_PERSON),
      ["LAU Pui Ying Karen"],
    );
    assert.deepEqual(
      valuesOf("SEESTRASSE 12\n83209 PRIEN I.CHIEMGAU\n:70:INV", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["SEESTRASSE 12\n83209 PRIEN I.CHIEMGAU"],
    );
  });
});

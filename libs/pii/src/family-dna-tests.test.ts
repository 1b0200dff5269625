import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a laboratory for paternity and family DNA tests gets (v420): clients abroad signing with two
// phones, courts' and youth welfare offices' requests quoting their file numbers. Every value here
// is made up; none is in the PII corpus.

describe("two phones on a signature's line", () => {
  it("reads a German and an American number apart", () => {
    const signature = "Best regards,\nDan Porter\n+49 6221 439 0712 / (703) 555-0162";
    assert.deepEqual(valuesOf(signature, EntityType.ENTITY_TYPE_PHONE), [
      "+49 6221 439 0712",
      "(703) 555-0162",
    ]);
  });
});

describe("an Austrian district court's file number", () => {
  it("takes a three-letter register with its letter glued to the year", () => {
    const subject = "mj. Noah Huber – BG Linz 3 FAM 211/24k – Anfrage Gutachten";
    assert.deepEqual(valuesOf(subject, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["3 FAM 211/24k"]);
  });
});

describe("people named in a lab's orders", () => {
  const person = EntityType.ENTITY_TYPE_PERSON;

  it("knows Igbo and African American given names", () => {
    assert.deepEqual(valuesOf("the child Tobenna Eze, born 3 February 2022", person), ["Tobenna Eze"]);
    assert.deepEqual(valuesOf("and the petitioner, Tanisha Pruitt, under", person), ["Tanisha Pruitt"]);
  });

  it("takes a pharmacy's owner before the sole trader's legal form", () => {
    const footer = "Adler-Apotheke\nInh. Dr. Hans-Jürgen Pohl e.K.\nTel. 03877 40 21 11";
    assert.deepEqual(valuesOf(footer, person), ["Hans-Jürgen Pohl"]);
    assert.deepEqual(valuesOf("Umzüge Pohl e.K., Lagerstraße", person), []);
  });
});

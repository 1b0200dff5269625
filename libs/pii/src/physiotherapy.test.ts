import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a massage and physiotherapy practice is sent (v324): bookings typed like text messages,
// the name, birth date and phone at the end on one line. Every value here is made up; none is in
// the PII corpus.

describe("bookings typed like text messages", () => {
  it("reads the phone after a birth date on the same line on its own", () => {
    const text =
      "geht donnerstag?\nJana Wróblewska 04.11.1986 0176 58213974\nand\nPiotr Nowak 1988-07-21 0049 171 5520913";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["0176 58213974", "0049 171 5520913"]);
  });
});

describe("a prescription's fields retyped", () => {
  it("takes the given name after a comma without a space", () => {
    assert.deepEqual(
      valuesOf("Kostenträger:AOK\nName:Brakhage,Ortrud geb.2.4.51", EntityType.ENTITY_TYPE_PERSON),
      ["Brakhage,Ortrud"],
    );
  });
});

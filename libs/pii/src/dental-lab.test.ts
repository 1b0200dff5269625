import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a dental laboratory is sent (v343): practices' work orders in telegraphic lines, a patient's
// name and birth date in brackets. Every value here is made up; none is in the PII corpus.

describe("a practice's work order", () => {
  it("takes the lab's docket number", () => {
    assert.deepEqual(
      valuesOf("Subject: Remake - docket 61407 / Mrs Georgiadou", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["61407"],
    );
  });

  it("takes a birth date with a short year in brackets after the patient, last century's only", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("Rx for Mrs Georgiadou (4/9/57):\n- UL4 crown", birth), ["4/9/57"]);
    assert.deepEqual(valuesOf("Termin für Herrn Georgiadou (3/4/25) bestätigt", birth), []);
  });
});

describe("a customer named family name first", () => {
  it("keeps the given name after the comma in the customer's name", () => {
    const text = "Auftrag KS-24-7731 / Kunde Brüggemeier, Detlef\nAdr. Birkenweg 3";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Brüggemeier, Detlef"]);
  });
});

describe("a patient after the lab's short title", () => {
  it("keeps a known given name after the comma with the family name", () => {
    const text = "Abformung für Pat. Wiebusch, Kerrin (Fr. 14:00) ist da";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Wiebusch, Kerrin"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a security company gets (v441): guards' register numbers and a control room's line. Every
// value here is made up; none is in the PII corpus.

describe("a guard's register number", () => {
  const document = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("takes the number after the guard register's name, bare or in groups", () => {
    assert.deepEqual(valuesOf("Bewacherregister-ID: 41207736\nAufenthaltstitel", document), ["41207736"]);
    assert.deepEqual(valuesOf("- Bewacherregister ID: 27 118 904\n- Führerschein B", document), [
      "27 118 904",
    ]);
    assert.deepEqual(valuesOf("Bewacherregister no.: 19 304 552, employed since", document), ["19 304 552"]);
  });
});

describe("a phone after a line's hours", () => {
  it("takes the number after 24/7, not the hours", () => {
    assert.deepEqual(
      valuesOf("Zentrale 0611 7720 0 | Notruf 24/7 0611 7720 13-99", EntityType.ENTITY_TYPE_PHONE),
      ["0611 7720 0", "0611 7720 13-99"],
    );
  });
});

describe("a key is no one", () => {
  it('leaves "Schlüssel" after a greeting\'s comma and as a subject alone', () => {
    const mail = "Betreff: Schlüssel\n\nHallo, Schlüssel für die Praxis liegt ab heute am Empfang.";
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

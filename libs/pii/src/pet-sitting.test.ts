import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a pet sitting service is sent (v705): voicemails transcribed with the caller's number and
// the hour, a sitter's application with her National Insurance number, a landlord's invoices with
// an ampersand in their prefix. Every value here is made up; none is in the PII corpus.

describe("a pet sitting service's mail", () => {
  it("takes a phone number before a spaced dash and the hour", () => {
    const text = "Sprachnachricht (automatisch transkribiert) von +49 151 22740918 – 17:42 Uhr";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["+49 151 22740918"]);
    assert.deepEqual(valuesOf("Besuch 9 – 11:30 Uhr", EntityType.ENTITY_TYPE_PHONE), []);
  });

  it("takes a National Insurance number after its name, whatever its letters", () => {
    const text = "DOB: 14/02/1995\nNI number: QQ 48 31 07 B\nStart: Monday";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["QQ 48 31 07 B"]);
  });

  it("takes an invoice's number with an ampersand in its prefix", () => {
    const text = "Subject: Invoice K&S/2024/0391 – I was charged for a visit twice";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["K&S/2024/0391"]);
  });
});

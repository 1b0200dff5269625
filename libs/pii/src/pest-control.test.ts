import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a pest control company is sent (v302): tenants' hurried phone mails, property managers'
// contracts, food inspectors' letters. Every value here is made up; none is in the PII corpus.

describe("tenants' reports", () => {
  it("takes an abbreviated street run into its number, and Hamburg as 'hh' after the postcode", () => {
    const text = "ratten im hof. adresse kastanienstr.17 22541 hh, seitenflügel.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "kastanienstr.17 22541 hh, seitenflügel",
    ]);
    const capitals = "Wir wohnen in der Kastanienstr.17 seit Mai.";
    assert.deepEqual(valuesOf(capitals, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Kastanienstr.17"]);
    assert.deepEqual(valuesOf("siehe Abschnitt Str.3 der Norm", EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });

  it("ends a lower-case writer's name at the flat's word before its number", () => {
    const text = "hi this is tunde abiodun flat 7 tolworth court, the mice are back";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["tunde abiodun"]);
  });

  it("reads a mobile number typed without spaces as a phone", () => {
    const text = "Tel: 01769935521, bitte nach 17 Uhr.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["01769935521"]);
  });

  it("takes a given name signing after the last sentence's full stop, before the number", () => {
    const text = "the mice are back under the sink. gemma 07418 552903";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["gemma"]);
  });
});

describe("contracts and inspections", () => {
  it("takes a reference after 'remains' and a file number whose office letters have an umlaut", () => {
    const text = "Contract reference remains CW-PPM-0932. Please send the schedule.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["CW-PPM-0932"]);
    const file = "Aktenzeichen: LMÖ 41.3-2024/1188";
    assert.deepEqual(valuesOf(file, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["LMÖ 41.3-2024/1188"]);
    assert.deepEqual(valuesOf("die Police über 1.250.000 EUR", EntityType.ENTITY_TYPE_CONTRACT_NUMBER), []);
  });
});

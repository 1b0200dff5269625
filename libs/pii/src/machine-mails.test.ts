import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v72 (machine-made mails: forms, shop notices, payloads) showed. Every
// value here is made up; none is in the PII corpus.

describe("machine-made mails", () => {
  it("reads the quoted values of named fields in payloads", () => {
    const payload = [
      '{ "vorname": "Gesa", "nachname": "Twardowski", "email": "gt@example.org",',
      '  "shipping_address": "7 Orchard Rise, Kilkenny, R95 X2Y7" }',
      'lead.first_name="Obinna" lead.last_name="Ezeh" lead.company="Ezeh Solar"',
    ].join("\n");
    assert.deepEqual(valuesOf(payload, EntityType.ENTITY_TYPE_PERSON), [
      "Gesa",
      "Twardowski",
      "Obinna",
      "Ezeh",
    ]);
    assert.deepEqual(valuesOf(payload, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "7 Orchard Rise, Kilkenny, R95 X2Y7",
    ]);
  });

  it("takes the town of a form's starred postcode field", () => {
    const form = "Straße, Nr.: Am Lindenhang 12\nPLZ / Ort*: 37073 Göttingen\nNachricht: Bitte Rückruf";
    assert.deepEqual(valuesOf(form, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Am Lindenhang 12",
      "37073 Göttingen",
    ]);
  });

  it("leaves fees, response codes, constants and a seller's greeting alone", () => {
    const report = [
      "Sehr geehrter Verkäufer,",
      "",
      "Datum | Referenz | Betrag",
      "12.03.2024 | WX-24-5512 | 84,20",
      "Erstattung | -35,00",
      "Gebühren | -12,48",
      "Reason: card_declined (bank response code R01)",
      "Zahlung;DE02120300000000202051;BYLADEM1001;ERR_BIC_UNKNOWN",
    ].join("\n");
    const found = detectEntities(report).map((entity) => `${entity.type}:${entity.value}`);
    assert.deepEqual(found, [
      `${EntityType.ENTITY_TYPE_TICKET_NUMBER}:WX-24-5512`,
      `${EntityType.ENTITY_TYPE_IBAN}:DE02120300000000202051`,
      `${EntityType.ENTITY_TYPE_BIC}:BYLADEM1001`,
    ]);
  });
});

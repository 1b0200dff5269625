import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v72 (machine-made mails: forms, shop notices, payloads) and v130 (a
// customs broker's portal dumps and EDI lines) showed. Every value here is made up; none is in the
// PII corpus.

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

const values = (text: string) => detectEntities(text).map((entity) => entity.value);

describe("a customs broker's portal dumps", () => {
  it("reads a line of fields by each key, a street's postcode and town with it", () => {
    const dump =
      "ANREDE:Frau;VORNAME:Thi Mai;NACHNAME:Pham;GEBDAT:03.09.1991;GEBORT:Hue\n" +
      "STRASSE:Eisenbahnstr. 41;PLZ:04315;ORT:Leipzig;LAND:DE\nTEL:+4917622480913;EMAIL:tm.pham@example.org\n";
    assert.deepEqual(valuesOf(dump, EntityType.ENTITY_TYPE_PERSON), ["Thi Mai", "Pham"]);
    assert.deepEqual(valuesOf(dump, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["03.09.1991"]);
    assert.deepEqual(valuesOf(dump, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Eisenbahnstr. 41;PLZ:04315;ORT:Leipzig",
    ]);
    assert.deepEqual(valuesOf(dump, EntityType.ENTITY_TYPE_PHONE), ["+4917622480913"]);
    // A firm's, a bank's name is none; a pipe between fields makes no table of them.
    const pipes =
      "TRADING_NAME:Kaur Textiles|FULL_NAME:Navdeep Kaur|DOB:1981-04-17\nBANK_NAME:HSBC UK|ID_TYPE:PASSPORT|ID_NO:518230447\n";
    assert.deepEqual(valuesOf(pipes, EntityType.ENTITY_TYPE_PERSON), ["Navdeep Kaur"]);
  });

  it("reads air waybills, tariff numbers and procedure codes as no one's", () => {
    assert.deepEqual(values("CURR:USD|INV_VAL:4,312.00\nAWB:020-55127730|PCS:3"), []);
    assert.deepEqual(values("is shipped today by air, AWB 176-40218837. Invoice follows"), []);
    assert.deepEqual(values("TARIFNR:85184080;ZOLLWERT:640,00 EUR"), []);
  });

  it("takes no firm of a family name and a trade, and no phrase of a Chinese quote's header", () => {
    const signature = "Cheers,\nOlumide Adebayo\nAdebayo Fabrics (sole trader)\n0161 496 0732";
    assert.deepEqual(valuesOf(signature, EntityType.ENTITY_TYPE_PERSON), ["Olumide Adebayo"]);
    const quote =
      ">>> 在 2025年3月24日 10:18，景德镇瓷韵陶瓷 <service@example.cn> 写道：\n>>> 您的订单 CY20250311-0476 已到达德国";
    assert.deepEqual(valuesOf(quote, EntityType.ENTITY_TYPE_PERSON), []);
    assert.deepEqual(valuesOf(quote, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a wine club shipping across Europe is sent (v174): addresses of many countries, members
// writing in a second language. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
const phone = EntityType.ENTITY_TYPE_PHONE;
const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const secret = EntityType.ENTITY_TYPE_SECRET;

describe("members abroad", () => {
  it("takes a member's code after 'member' or 'Mitglied', its digits in two groups", () => {
    assert.deepEqual(valuesOf("new address below. member WK-318 204. takk!", customer), ["WK-318 204"]);
    assert.deepEqual(valuesOf("Grüße\nMitglied WK-377 019", customer), ["WK-377 019"]);
    assert.deepEqual(valuesOf("Mitglied 2: bitte auch", customer), []);
  });

  it("takes a Flemish or Dutch family name whose capitalized particle opens it", () => {
    assert.deepEqual(valuesOf("Account holder: Wouter Van der Haegen", person), ["Wouter Van der Haegen"]);
    assert.deepEqual(valuesOf("Met vriendelijke groet,\nMarleen Von", person), ["Marleen Von"]);
  });

  it("takes a phone after a Nordic 'tlf.' and a Spanish post office box", () => {
    assert.deepEqual(valuesOf("Sofie Lund, tlf. 31 74 20 58", phone), ["31 74 20 58"]);
    assert.deepEqual(valuesOf("Apartado de Correos 418, 03502 Benidorm", address), [
      "Apartado de Correos 418, 03502 Benidorm",
    ]);
  });

  it("takes a door code after the Swedish, French and Danish words for one", () => {
    assert.deepEqual(valuesOf("Portkod is 8836, third floor", secret), ["8836"]);
    assert.deepEqual(valuesOf("Digicode : 5192, puis interphone", secret), ["5192"]);
  });

  it("takes the names a door, a bell or a letterbox shows, not what state it is in", () => {
    assert.deepEqual(valuesOf('Citofono "Ferrandi / Bassolino", secondo piano', person), [
      "Ferrandi",
      "Bassolino",
    ]);
    assert.deepEqual(valuesOf("the name on the door is Sundqvist, not mine", person), ["Sundqvist"]);
    assert.deepEqual(valuesOf("Klingel: defekt, bitte anrufen. The door is Open.", person), []);
  });

  it("takes a name after 'der Name' or 'auf den Namen', and after 'the name' one the lexicon knows", () => {
    assert.deepEqual(valuesOf("Der Name Zwygart muss aufs Etikett.", person), ["Zwygart"]);
    assert.deepEqual(valuesOf("Die Karte ist auf den Namen Zwygart ausgestellt.", person), ["Zwygart"]);
    assert.deepEqual(valuesOf("Please put the name Okafor on the gift box.", person), ["Okafor"]);
    assert.deepEqual(valuesOf("the name Field is required. Fix the name. Can you", person), []);
  });
});

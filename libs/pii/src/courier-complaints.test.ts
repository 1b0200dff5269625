import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a parcel courier's complaints desk gets (v247): parcels' numbers that end in a country,
// web forms, chats where a bot asks for a birth date or a code, exports of damaged parcels. Every
// value here is made up; none is in the PII corpus.

const order = EntityType.ENTITY_TYPE_ORDER_NUMBER;

describe("a parcel's number", () => {
  it("ends in its country, mid-sentence too and on a form's line of capitals", () => {
    assert.deepEqual(valuesOf("tracking number QX 4410 2093 7761 IE. The tracking says", order), [
      "QX 4410 2093 7761 IE",
    ]);
    assert.deepEqual(valuesOf("I am writing about parcel QX 5502 1184 3309 NL which came back", order), [
      "QX 5502 1184 3309 NL",
    ]);
    assert.deepEqual(valuesOf("Sendungsnummer: QX 7731 0042 6618 DE\nIhre Bewertung: 2", order), [
      "QX 7731 0042 6618 DE",
    ]);
  });

  it("follows 'Sendung' with its digits in groups", () => {
    assert.deepEqual(valuesOf("zurückgeschickt (Sendung 5511 2093 7740 0061 27). Laut Tracking", order), [
      "5511 2093 7740 0061 27",
    ]);
  });
});

describe("an export of damaged parcels", () => {
  it("reads a recipients' column as people, but not a firm in it", () => {
    const rows = [
      "Sendungsnummer\tEmpfänger\tOrt\tSchaden",
      "QX 1203 4471 9920 DE\tMaren Kulić\tLandshut\tGlas gebrochen",
      "QX 1203 4471 9937 DE\tHollweg Feinkost GmbH\tPassau\tKarton nass",
    ].join("\n");
    assert.deepEqual(valuesOf(rows, EntityType.ENTITY_TYPE_PERSON), ["Maren Kulić"]);
  });
});

describe("a chat with a support bot", () => {
  it("takes the answer to a bot's request for a birth date or a code sent by text message", () => {
    const chat = [
      "Bot: For security, please enter your date of birth (DD/MM/YYYY).",
      "Customer: 17/04/1961",
      "Bot: We've sent a 6-digit code to your mobile. Please type it here.",
      "Customer: 418 207",
    ].join("\n");
    assert.deepEqual(valuesOf(chat, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["17/04/1961"]);
    assert.deepEqual(valuesOf(chat, EntityType.ENTITY_TYPE_SECRET), ["418 207"]);
  });

  it("takes an old account's number after 'Konto Nr.' with its digits in groups", () => {
    assert.deepEqual(
      valuesOf("Volksbank Tettnang\nKonto Nr. 2207 441 893\nInhaber: ich", EntityType.ENTITY_TYPE_IBAN),
      ["2207 441 893"],
    );
  });
});

describe("a courier's shipment", () => {
  it("takes the tracking number after 'shipment', not a waybill's after its own word", () => {
    assert.deepEqual(valuesOf("ACTION REQUIRED: Shipment 8812 4470 9361 held by customs", order), [
      "8812 4470 9361",
    ]);
    assert.deepEqual(valuesOf("Shipment: AWB 618-2290 4471, 2 crates", order), []);
  });
});

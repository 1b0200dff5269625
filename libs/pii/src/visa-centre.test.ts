import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a visa application centre gets (v442): signatures from abroad, an address line ending in
// a city beside the phone. Every value here is made up; none is in the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("an address line from abroad in a signature", () => {
  it("takes a line of address parts ending in a town, right above or below a phone", () => {
    assert.deepEqual(
      valuesOf("Regards,\nAmina\nHouse No. 9, Muthithi Road, Westlands, Nairobi\n+254 711 204 388", address),
      ["House No. 9, Muthithi Road, Westlands, Nairobi"],
    );
    assert.deepEqual(
      valuesOf("Kofi\n+233 20 551 7734\nH/No. 41, 3rd Crescent, Airport Hills, Accra", address),
      ["H/No. 41, 3rd Crescent, Airport Hills, Accra"],
    );
    assert.deepEqual(
      valuesOf("Marie\nAvenue Lumumba n°212, Commune de Ngaliema, Kinshasa\nTél: +243 81 220 4471", address),
      ["Avenue Lumumba n°212, Commune de Ngaliema, Kinshasa"],
    );
  });

  it("takes such a line below a line that announces an address", () => {
    const mail =
      "The courier returns passports to the address provided:\n> Plot 22, Ngong Road, Kilimani, Nairobi\n>";
    assert.deepEqual(valuesOf(mail, address), ["Plot 22, Ngong Road, Kilimani, Nairobi"]);
  });

  it("leaves a job title's line and a line without a phone beside it alone", () => {
    assert.deepEqual(
      valuesOf("Sunil\nSales Manager, Mehta Textiles Ltd, Nairobi\n+254 722 100 200", address),
      [],
    );
    assert.deepEqual(valuesOf("We met at Gate 4, Terminal 2, Dubai\nand then flew on.", address), []);
  });
});

describe("a visa and legalisation agency's clients (v565)", () => {
  it("takes a passport's machine-readable zone: the names, the number and the birth date", () => {
    const text = [
      "bitte prüfen (Ş/S!):",
      "",
      "P<TURAKSOY<<SELIN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
      "U419376288TUR8709239F2903057<<<<<<<<<<<<<<02",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["AKSOY<<SELIN"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["U41937628"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["870923"]);
  });

  it("reads no zone whose check digits fail", () => {
    const text = "P<TURAKSOY<<SELIN<<<<<<<<<<<<<<<<<<<<<<<<<<<\nU419376281TUR8709231F2903057<<<<<<<<<<<<<<02";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), []);
  });

  it("takes a card's number before its expiry, a SNILS by its check, a parcel's UPS number", () => {
    const text =
      "if they want the fee again use my visa 4012 8800 3317 6408 03/26\nmy SNILS 128-447-903 82\nIhre Sendung 1Z 4R7 096 68 1042 7731";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CREDIT_CARD), ["4012 8800 3317 6408"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["128-447-903 82"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["1Z 4R7 096 68 1042 7731"]);
  });

  it("takes a law firm's reference with its dictation mark", () => {
    const text = "Please quote our reference 412/24 BR/ks on your invoice.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["412/24 BR/ks"]);
  });
});

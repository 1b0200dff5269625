import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a balloon operator is sent (v361): gift tickets redeemed from phones, passengers' birthdays,
// cards paid with by mail. Every value here is made up; none is in the PII corpus.

describe("a gift ticket and its payment", () => {
  it("takes a gift ticket's number after 'Gutschein' and 'voucher'", () => {
    const order = EntityType.ENTITY_TYPE_ORDER_NUMBER;
    assert.deepEqual(valuesOf("Geht noch ein Samstag? Gutschein GS-5812-TWR\nLG", order), ["GS-5812-TWR"]);
    assert.deepEqual(valuesOf("Voucher WB-3301-LK, can we fly in May?", order), ["WB-3301-LK"]);
    assert.deepEqual(valuesOf("Der Gutschein über 50 Euro war ein Geschenk.", order), []);
  });

  it("takes a card's check number after 'Prüfnr.'", () => {
    assert.deepEqual(
      valuesOf("gültig 11/27, Prüfnr. 619\nKarteninhaber T. Theobald", EntityType.ENTITY_TYPE_SECRET),
      ["619"],
    );
  });
});

describe("a passenger's birthday", () => {
  it("takes the date before 'Geburtstag' when its year is long past, not this year's party", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("Mein Mann hat am 27.09.1957 Geburtstag, passt das?", birth), ["27.09.1957"]);
    assert.deepEqual(valuesOf("Wir feiern am 14.08.2026 Geburtstag mit 20 Gästen.", birth), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a centre selling experience days as gifts is sent (v356): vouchers redeemed by their codes,
// cards paid with over the phone. Every value here is made up; none is in the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a gift voucher's code", () => {
  it("takes the code right after the voucher's word, in English and German", () => {
    assert.deepEqual(valuesOf("Hi, can I still use voucher WZK-7Q2M-PL4D for a day in June?", secret), [
      "WZK-7Q2M-PL4D",
    ]);
    assert.deepEqual(valuesOf("Den Gutschein (Code FX-KRT-3HV9) habe ich zum Geburtstag bekommen.", secret), [
      "FX-KRT-3HV9",
    ]);
    assert.deepEqual(valuesOf("Gutscheincode (optional): MAI25-7RQX\nWunschtermin: Mai", secret), [
      "MAI25-7RQX",
    ]);
  });

  it("leaves a voucher's order number and a promotion's word alone", () => {
    assert.deepEqual(valuesOf("Gutscheinnummer: GS-26-0417", secret), []);
    assert.deepEqual(valuesOf("Mit dem Gutschein SOMMER-2026 gab es 10 % Rabatt.", secret), []);
  });
});

describe("a card paid with by mail", () => {
  it("takes the security number on the card's back", () => {
    assert.deepEqual(
      valuesOf("Expiry 09/28\nSecurity number on the back: 746\nName on card: J Trevanion", secret),
      ["746"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tanning and beauty studio chain is sent (v540, v693): members cancelling in short mails,
// franchise owners' lists copied out of the booking system, prepaid cards quoted by number. Every value here is made up; none is
// in the PII corpus.

const CUSTOMER_NUMBER = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a studio chain's members", () => {
  it("takes a member's number before a comma", () => {
    assert.deepEqual(valuesOf("cancel my sub pls, member 70418, dont want the renewal", CUSTOMER_NUMBER), [
      "70418",
    ]);
  });

  it("takes a 'Member ID' column with its country code, no postcode in it", () => {
    const list = [
      "No.  Member              Member ID     Tariff     Effective",
      "1    Lechner, Verena     TS-AT-20417   Flat 12    30.06.25",
      "2    Kaya, Deniz         TS-AT-20533   Beauty     31.07.25",
    ].join("\n");
    assert.deepEqual(valuesOf(list, CUSTOMER_NUMBER), ["TS-AT-20417", "TS-AT-20533"]);
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

describe("a studio's prepaid cards", () => {
  it("takes a prepaid card's number, and a number read off a receipt", () => {
    const card = "I tried to top up my prepaid card 6274 0031 8856 with €50 and got an error.";
    assert.deepEqual(valuesOf(card, CUSTOMER_NUMBER), ["6274 0031 8856"]);
    const receipt = "Er hat eine fremde Karte benutzt (Kartennummer laut Beleg 6274 0042 1190).";
    // Its type is read from the words around it; that it is masked is what counts here.
    assert.deepEqual(
      detectEntities(receipt).map((entity) => entity.value),
      ["6274 0042 1190"],
    );
  });
});

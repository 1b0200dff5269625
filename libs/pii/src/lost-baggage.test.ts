import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an airline's lost-baggage desk gets (v417): passengers quoting their bag tags and file
// references, handlers' lists and couriers' notes. Every value here is made up; none is in the PII
// corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
const claim = EntityType.ENTITY_TYPE_CLAIM_NUMBER;

describe("a bag's tag", () => {
  it("takes the airline's letters and six digits after a word for the tag", () => {
    assert.deepEqual(valuesOf("Schaden aufgenommen (Gepäckanhänger XQ 712093, Rollen ab)", ticket), [
      "XQ 712093",
    ]);
    assert.deepEqual(valuesOf("One bag checked, tag XQ 402 918. Bag did not arrive.", ticket), [
      "XQ 402 918",
    ]);
    assert.deepEqual(valuesOf("Bag tag number(s): XQ 305982 / XQ 305983\nFlight: XQ 2044", ticket), [
      "XQ 305982",
      "XQ 305983",
    ]);
  });

  it("leaves a flight's number alone", () => {
    assert.deepEqual(valuesOf("My bag did not come with flight XQ 2044 from Lyon.", ticket), []);
  });
});

describe("a lost-baggage file", () => {
  it("takes the station's, the airline's and the file's parts, glued to a word too", () => {
    assert.deepEqual(valuesOf("koffer fehlt seit sonntag. akteFDHXQ10128 bitte", claim), ["FDHXQ10128"]);
    assert.deepEqual(valuesOf("Rush list of bags:\nPADXQ10230 | Schäfer, Ingrid", claim), ["PADXQ10230"]);
  });

  it("leaves a bicycle's frame number alone", () => {
    assert.deepEqual(valuesOf("Koffer und Fahrrad, Rahmennr. ASY2931077", claim), []);
  });
});

describe("an e-ticket's number in groups", () => {
  it("takes three digits and ten in three groups", () => {
    assert.deepEqual(valuesOf("Munich, e-ticket 289 2417 705 322). The case", ticket), ["289 2417 705 322"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a caravan dealer with winter storage is sent (v640): buyers' identity cards by their short
// label, chassis numbers, storage places by their number. Every value here is made up; none is
// in the PII corpus.

describe("a caravan dealer's contracts and storage", () => {
  it("takes an identity card's number after 'PA-Nr.', glued to its colon", () => {
    const text = "Käufer:Ilias Papadakis\nPA-Nr.:T22000129\nAnschrift: siehe oben";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["T22000129"]);
  });

  it("leaves a chassis number and a parking space unmasked", () => {
    const text = "Chassisnummer: WKV49512018B06214\nDer Wagen stand auf Ihrem Außenstellplatz Nr. 27.";
    for (const type of [EntityType.ENTITY_TYPE_TICKET_NUMBER, EntityType.ENTITY_TYPE_STREET_ADDRESS])
      assert.deepEqual(valuesOf(text, type), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cruise line's shore excursions desk gets (v437) and a hotel's groups desk (v433): partner
// agencies' signatures with Greek and Swedish addresses. Every value here is made up; none is in
// the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("a postcode of three and two digits apart", () => {
  it("takes the street and town around it after a comma", () => {
    assert.deepEqual(valuesOf("Hellas Shore Tours S.A.\nAkti Miaouli 71, 185 37 Piraeus\nTel.", address), [
      "Akti Miaouli 71, 185 37 Piraeus",
    ]);
    assert.deepEqual(valuesOf("Nordic Partner AB\nStadsgårdshamnen 26, 116 46 Stockholm", address), [
      "Stadsgårdshamnen 26, 116 46 Stockholm",
    ]);
  });

  it("leaves numbers in prose alone", () => {
    assert.deepEqual(valuesOf("Wir kommen mit 120 30 Leuten am Montag", address), []);
  });
});

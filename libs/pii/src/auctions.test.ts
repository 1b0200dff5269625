import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an auction house is sent (v279): lists of phone bidders with the staff member who calls
// each, and conference PINs. Every value here is made up; none is in the PII corpus.

describe("phone bidder lists", () => {
  it("takes a column of the staff who look after each bidder", () => {
    const list = [
      "Bieter-Nr.\tName\tTelefon\tBetreuer",
      "T-310\tKrämer, Olaf\t0171 2298341\tSeidlitz",
      "T-311\tMoreau, Chloé\t+33 6 12 48 90 33\tHotline",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), [
      "Krämer, Olaf",
      "Seidlitz",
      "Moreau, Chloé",
    ]);
  });

  it("takes a PIN written as four digits and two", () => {
    const text = "Einwahl wie immer, PIN für die Aufzeichnung: 5820 37\n\nDanke";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5820 37"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a dental practice's lab and a brewery's customers send (v586, v584): a lab's delivery notes
// in a column, a Dutch list's birth dates, a French policy number after "n°". Every value here is
// made up; none is in the PII corpus.

describe("a dental lab's and a brewery's lists", () => {
  it("takes the numbers in a 'Delivery note' column", () => {
    const text = [
      "Delivery note | Date       | Work          | CHF",
      "--------------|------------|---------------|--------",
      "LS 25-0031    | 08.01.2025 | Quad-Helix    | 412.50",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["LS 25-0031"]);
  });

  it("takes the dates under 'Geboortedatum' and a policy's number after 'police n°'", () => {
    const text =
      "Nr\tNaam\tGeboortedatum\tVegetarisch\n1\tFemke Janssen\t22.06.1988\tnee\n\nRC professionnelle, police n° 730.442.118";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["22.06.1988"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["730.442.118"]);
  });
});

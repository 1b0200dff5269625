import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a lakeside campsite is sent (v673): a motorhome club's group list with members' numbers;
// an allotment garden's member asking for the gate's code (v672). Every value here is made up;
// none is in the PII corpus.

describe("a campsite's group lists and codes", () => {
  it("takes a club's members' numbers under a 'Mem. No.' header", () => {
    const text = [
      "| Member          | Mem. No. | Reg.     | Length |",
      "|-----------------|----------|----------|--------|",
      "| Alan Whitfield  | CM0233   | KX18 PLM | 7.1 m  |",
      "| Joan Pryce      | CM0871   | YD20 RTE | 6.6 m  |",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["CM0233", "CM0871"]);
  });

  it("takes a code asked after with 'still'", () => {
    assert.deepEqual(valuesOf("lost my key :( gate code still 5831?", EntityType.ENTITY_TYPE_SECRET), [
      "5831",
    ]);
    assert.deepEqual(valuesOf("The code is still 2 days valid.", EntityType.ENTITY_TYPE_SECRET), []);
  });
});

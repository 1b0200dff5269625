import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a gunsmith and hunting outfitter is sent (v598): a hunters' association's list with each
// member's hunting licence, and mails naming the gunsmith's own firm. Every value here is made
// up; none is in the PII corpus.

describe("a gunsmith's hunters", () => {
  it("takes the hunting licences of a list by its column", () => {
    const list = [
      "Name                | Jagdschein-Nr. | Waffe",
      "--------------------+----------------+-------------",
      "Korbinian Aigner    | BGL-J-2270     | Büchse .308",
      "Theresa Wimmer      | TS-J-0415      | Flinte 12/76",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["BGL-J-2270", "TS-J-0415"]);
  });

  it("reads a gunsmith's workshop or a hunting school before a family name as a firm", () => {
    const text =
      "Lieferung an:\nJagdschule Oberauer\nz. Hd. Beat Oberauer\n\nGrüße aus der Büchsenmacherei Lindlbauer";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Beat Oberauer"]);
  });
});

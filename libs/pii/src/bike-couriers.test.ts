import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a bicycle courier cooperative's riders and clients write (v582): Dutch streets typed in
// lower case on a phone, jobs named by their numbers. Every value here is made up; none is in the
// PII corpus.

describe("a courier's riders", () => {
  it("takes Dutch streets in lower case, with a flat's letter or a postcode and town after them", () => {
    const text = [
      "at keizersgracht 418 now, nobody opens",
      "3 van woustraat 143-h ✘ shop closed",
      "neue adresse tweede van swindenstraat 24-1, 1093 VB amsterdam, bitte",
    ].join("\n\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "keizersgracht 418",
      "van woustraat 143-h",
      "tweede van swindenstraat 24-1, 1093 VB amsterdam",
    ]);
  });

  it("takes a job's number after 'jobs'", () => {
    const text = "temperature excursion, jobs KB-B-241002-0211 and more\nthe jobs are done";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["KB-B-241002-0211"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a vending and office coffee service's technicians and drivers write (v545): sites in the
// Netherlands, codes noted in a hurry. Every value here is made up; none is in the PII corpus.

describe("a vending service's site notes", () => {
  it("takes a Dutch street named after a person or with a title before it", () => {
    const text =
      "Site: Willem Fenengalaan 214, 1098 AB Amsterdam\nAdres: Koningin Julianalaan 12, 2273 JE Voorburg";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Willem Fenengalaan 214, 1098 AB Amsterdam",
      "Koningin Julianalaan 12, 2273 JE Voorburg",
    ]);
  });

  it("takes a code with a note after it on its line", () => {
    assert.deepEqual(valuesOf("code: 6144 back door\nmachine: bean to cup", EntityType.ENTITY_TYPE_SECRET), [
      "6144",
    ]);
  });
});

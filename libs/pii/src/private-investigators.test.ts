import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a private investigation agency gets (v474): observation logs with addresses. Every value
// here is made up; none is in the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("a street named with a title's abbreviation", () => {
  it("keeps the abbreviation that opens the street's name", () => {
    assert.deepEqual(valuesOf("08:21  Ankunft Bgm.-Wohlfahrt-Str. 12, Augsburg. Zweite Person", address), [
      "Bgm.-Wohlfahrt-Str. 12, Augsburg",
    ]);
    assert.deepEqual(valuesOf("wohnt Prof.-Huber-Weg 3, 86150 Augsburg", address), [
      "Prof.-Huber-Weg 3, 86150 Augsburg",
    ]);
  });
});

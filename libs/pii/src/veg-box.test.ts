import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a vegetable box delivery is sent (v667): where to leave the box, and the lock's code on the
// bin box; a horse auction's bidders (v666). Every value here is made up; none is in the PII
// corpus.

const { ENTITY_TYPE_SECRET: SECRET, ENTITY_TYPE_CUSTOMER_NUMBER: CUSTOMER } = EntityType;

describe("a vegetable box's drop-off notes", () => {
  it("takes a lock's code at a sentence's end, and a bin box's lock", () => {
    assert.deepEqual(valuesOf("Wenn niemand da: Kiste in die Mülltonnenbox, Schloss 0309.", SECRET), [
      "0309",
    ]);
    assert.deepEqual(valuesOf("Karlstr. 5 | Thu | bin box lock 7740", SECRET), ["7740"]);
    assert.deepEqual(valuesOf("Das Schloss 1.500 Euro teurer. Hochzeit im Schloss 2025.", SECRET), []);
  });

  it("takes a bidder's number with the auction's letters before it", () => {
    assert.deepEqual(valuesOf("Invoice stays on my name (Bartosz Nowak, bidder BN 231).", CUSTOMER), [
      "BN 231",
    ]);
  });
});

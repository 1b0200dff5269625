import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a property manager for owners' associations gets (v261): leaseholders signing with their flat
// in a named block, no street or house number. Every value here is made up; none is in the PII
// corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("a flat in a named block", () => {
  it("is an address in a signature or after 'leaseholder of'", () => {
    assert.deepEqual(
      valuesOf("Kind regards,\nTobias Wren\nFlat 3, Harcourt Mansions\n07700 900 418", address),
      ["Flat 3, Harcourt Mansions"],
    );
    assert.deepEqual(valuesOf("as leaseholder of Flat 12, The Old Brewery. She moved", address), [
      "Flat 12, The Old Brewery",
    ]);
  });

  it("needs a block's word or 'The' after the flat", () => {
    assert.deepEqual(valuesOf("Flat 3, as discussed, is empty since May.", address), []);
  });
});

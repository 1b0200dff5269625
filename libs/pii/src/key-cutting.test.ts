import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cobbler's and key cutter's shops are sent (v525): landlords ordering keys of locking
// systems, whose security card lets anyone holding it have keys copied. Every value here is made
// up; none is in the PII corpus.

describe("orders of keys for locking systems", () => {
  it("takes a locking system's security card number", () => {
    const text = "Sicherungskarte: WX-4K2-318806\nSecurity card for the back door: DM-7P-552190";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["WX-4K2-318806", "DM-7P-552190"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a roofing and plumbing business sends and is sent (v183): quotes and invoices with a
// customer's and a site's address, customers dictating. Every value here is made up; none is in
// the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("a town on its river", () => {
  it("takes a town's 'a. Inn' as part of the address, as 'a. d.' and 'i.' were", () => {
    const letter = [
      "Herrn",
      "Anton Wimmreuther",
      "Lerchenfeldweg 9",
      "84524 Neuötting a. Inn",
      "",
      "ANGEBOT",
    ].join("\n");
    assert.deepEqual(valuesOf(letter, address), ["Lerchenfeldweg 9\n84524 Neuötting a. Inn"]);
  });
});

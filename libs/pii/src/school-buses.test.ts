import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a school bus service gets (v439): drivers' notes naming the bus by its plate. Every value
// here is made up; none is in the PII corpus.

const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

describe("a bus's plate", () => {
  it("takes the plate right after the word for the bus", () => {
    assert.deepEqual(valuesOf("pls call mum?\nbus HD-XB 207 makes that noise again", plate), ["HD-XB 207"]);
    assert.deepEqual(valuesOf("Kleinbus HD XB 211 steht in der Werkstatt", plate), ["HD XB 211"]);
  });

  it("leaves a bus line's number alone", () => {
    assert.deepEqual(valuesOf("Take the bus 42 to the station, then Linie 5", plate), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cheese dairy's farm shop is sent (v592): Swiss restaurants ordering in dialect, greeting
// the cheesemaker by his given name. Every value here is made up; none is in the PII corpus.

describe("orders to a cheese dairy", () => {
  it("takes a name after a Swiss 'Hoi', not the 'zäme' that greets everyone", () => {
    const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.deepEqual(persons("Hoi Max\nchönntet ihr morn no 5 kg Bergchäs bringe?"), ["Max"]);
    assert.deepEqual(persons("hoi zäme\nbi üs isch hüt zue."), []);
  });
});

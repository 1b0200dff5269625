import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a roofer gets (v476): foremen's notes naming the client by role. Every value here is made
// up; none is in the PII corpus.

describe("a client by role on a building site", () => {
  it("takes the name after Bauherr, or a known one after the role typed in lower case", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("folie kaputt\nbauherr Hansen will dass wir gleich anfangen", person), [
      "Hansen",
    ]);
    assert.deepEqual(valuesOf("Die Bauherrin Okonjo ist ab Montag da.", person), ["Okonjo"]);
  });
});

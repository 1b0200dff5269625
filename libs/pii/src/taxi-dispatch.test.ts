import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What drivers and customers send a taxi dispatch between rides (v187, v189): a message that
// ends in a callback number and a name. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("a name with the callback number that ends a message", () => {
  it("takes a known family name after the number", () => {
    assert.deepEqual(valuesOf("schlüssel liegt im kasten, bitte rückruf 0157 44218890 Demir", person), [
      "Demir",
    ]);
    assert.deepEqual(valuesOf("Bitte melden, Nummer: 0171-5538201. Petrović", person), ["Petrović"]);
  });

  it("takes a given name before the number after a sentence's end", () => {
    assert.deepEqual(valuesOf("Is the bag at the depot? Siobhan 07700 912 448", person), ["Siobhan"]);
  });

  it("leaves a register's label and its number below a phone alone", () => {
    assert.deepEqual(valuesOf("Kanaalweg 4\n3526 KL Utrecht\n030 - 765 22 18\nKvK 58213374", person), []);
  });
});

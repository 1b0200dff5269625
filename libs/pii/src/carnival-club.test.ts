import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a carnival club gets (v458): board lists and a twin town's delegation. Every value here is
// made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("given names the lists lacked", () => {
  it("takes Anita, Gaby and Liselotte before a surname", () => {
    assert.deepEqual(valuesOf("2. Councillor Anita Brearley (Vice Chair) – born 1968", person), [
      "Anita Brearley",
    ]);
    assert.deepEqual(valuesOf("Ticketverkauf ......... Gaby Schmitzer, 0176 5510384", person), [
      "Gaby Schmitzer",
    ]);
    assert.deepEqual(valuesOf("Die Kasse macht wieder Liselotte Brungs.", person), ["Liselotte Brungs"]);
  });
});

describe("names the leaks of the read sets showed missing", () => {
  it("takes given names and family names that were in no list", () => {
    assert.deepEqual(valuesOf("met Emmanuel and Tamsin yesterday", person), ["Emmanuel", "Tamsin"]);
    assert.deepEqual(valuesOf("Sincerely, Heribert", person), ["Heribert"]);
    assert.deepEqual(valuesOf("called Schütte and Ramaswamy about it", person), ["Schütte", "Ramaswamy"]);
    assert.deepEqual(valuesOf("met Cordula and Gunnhild, then called Kießling", person), [
      "Cordula",
      "Gunnhild",
      "Kießling",
    ]);
  });
});

describe("members' numbers joined by a plus", () => {
  it('takes the second number of as many digits after "+"', () => {
    assert.deepEqual(
      valuesOf(
        "Verwendungszweck: Beitrag 2026 Mitgl 0712 + 0713 Schmitz",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["0712", "0713"],
    );
  });
});

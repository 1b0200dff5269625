import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a charity for prisoners' families gets (v448): relatives and prisons quoting the prisoner's
// number. Every value here is made up; none is in the PII corpus.

const document = EntityType.ENTITY_TYPE_ID_DOCUMENT;

describe("a prison number", () => {
  it("takes the letter, four digits and two letters in a mail about a prison", () => {
    assert.deepEqual(valuesOf("My brother is at HMP Lewes, number B3318KT, since May.", document), [
      "B3318KT",
    ]);
    assert.deepEqual(valuesOf("Er sitzt in einem Gefängnis in Leeds (Nr. A0462FW).", document), ["A0462FW"]);
    assert.deepEqual(valuesOf("Re: visit – Tom Hale G2207NP\nThe prison confirmed", document), ["G2207NP"]);
  });

  it("leaves the same shape alone where no prison is named", () => {
    assert.deepEqual(valuesOf("Bitte Ersatzteil A1234BC für die Pumpe bestellen.", document), []);
  });
});

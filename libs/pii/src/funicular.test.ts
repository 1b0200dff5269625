import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a funicular and mountain railway is sent (v688): season passes listed by holder, an annual
// card's number with slashes, a disability card shown for a discount, a son's sign-off in small
// letters. Every value here is made up; none is in the PII corpus.

describe("a mountain railway's pass holders", () => {
  it("takes season passes' numbers, and a number after 'pass #'", () => {
    const list = "Sofia Bianchi – season pass SP 24 / 3307\nLuca Bianchi – pass # KXB.SP.24.001177";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "SP 24 / 3307",
      "KXB.SP.24.001177",
    ]);
    assert.deepEqual(
      valuesOf("Season pass holders ride free on 24 May.", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      [],
    );
  });

  it("takes an annual card's number written with slashes", () => {
    const text = "meine jahreskarte JK/2024/03 511 läuft ende mai aus";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["JK/2024/03 511"]);
  });

  it("takes a disability card's number after 'Behindertenpass'", () => {
    const text = "Meinen Behindertenpass (Nr. B 0384 7712) bringe ich mit.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["B 0384 7712"]);
  });

  it("takes a given name in small letters before a family name found again", () => {
    const text =
      "meine mutter Hedwig Ortner möchte mit dem rollstuhl hoch. rückruf bitte gruß michael ortner";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Hedwig Ortner", "michael ortner"]);
  });
});

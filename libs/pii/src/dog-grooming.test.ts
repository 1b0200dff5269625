import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a dog grooming salon and daycare is sent (v303): owners' chatty mails about who brings
// and collects the dog, and cards given for the bill. Every value here is made up.

describe("owners' mails", () => {
  it("takes a given name that is a word too before 'and I', not a month or a language there", () => {
    const text = "Please keep her Friday, because Rob and I are away. Weil Frank und ich verreisen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Rob", "Frank"]);
    const clauses = "We leave on 9 June and I need the vaccination pass. It's in German and I can't read it.";
    assert.deepEqual(valuesOf(clauses, EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("takes the holder's name after a card's expiry", () => {
    const text = "card is amex 3714 496353 98431 exp 08/27 name T OYELARAN. Can you post the voucher?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["T OYELARAN"]);
  });
});

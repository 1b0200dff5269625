import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a vintage car club's members and a restorer's customers write (v553): cars named after
// their makers, members' numbers told in passing. Every value here is made up; none is in the
// PII corpus.

describe("a vintage car club's members", () => {
  it("takes no one's name inside a two-word maker's name", () => {
    const text = "Vehicle: Alfa Romeo Giulia Sprint GT (Bertone), 1965, LHD";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("takes a membership number told after 'is' and a member's number after a comma", () => {
    const text =
      "My membership is UK-0534, though it might still be under my late husband.\nHe's also a member, UK-1204.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["UK-0534", "UK-1204"]);
  });

  it("takes no one's name in a greeting to the membership desk", () => {
    assert.deepEqual(valuesOf("Hello Membership,\n\nQuick admin thing.", EntityType.ENTITY_TYPE_PERSON), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a mountain railway is sent (v680): a group's members with their birth dates, one a line,
// a guest's chalet; a honey co-op's member writing with the club's number (v683). Every value here
// is made up; none is in the PII corpus.

const { ENTITY_TYPE_PERSON: PERSON, ENTITY_TYPE_DATE_OF_BIRTH: BIRTH } = EntityType;

describe("a mountain railway's passes", () => {
  it("takes a group's names and birth dates listed one a line, the family name first", () => {
    const text = [
      "Group for the 6-day pass:",
      "",
      "Moretti Giulia 03/05/1992",
      "Esposito Luca 30/11/1989",
      "Romano Chiara 12/08/1994",
    ].join("\n");
    assert.deepEqual(valuesOf(text, PERSON), ["Moretti Giulia", "Esposito Luca", "Romano Chiara"]);
    assert.deepEqual(valuesOf(text, BIRTH), ["03/05/1992", "30/11/1989", "12/08/1994"]);
  });

  it("takes a chalet named before the street into the address", () => {
    const text = "our family comes to the apartment at Chalet Alpenrose, Matterstrasse 14, 3920 Zermatt.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Chalet Alpenrose, Matterstrasse 14, 3920 Zermatt",
    ]);
  });

  it("takes a member's number with the club's letters after 'no.'", () => {
    const text = "I'm a member (no. M-0715) and would like to rent the extractor.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["M-0715"]);
  });
});

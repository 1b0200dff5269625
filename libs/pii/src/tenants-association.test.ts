import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tenants' association gets (v445): members quoting their numbers, advisers' case lists.
// Every value here is made up; none is in the PII corpus.

describe("a member's number", () => {
  const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

  it("takes the number after membership's colon, in brackets after member, in groups", () => {
    assert.deepEqual(valuesOf("Membership: MVK-318 207 (paid until March)", customer), ["MVK-318 207"]);
    assert.deepEqual(valuesOf("I am a member (MVK-402 119) and need help", customer), ["MVK-402 119"]);
    assert.deepEqual(valuesOf("Gruß\nJens Albers\nMitglied 52 806", customer), ["52 806"]);
  });

  it("leaves a count of years after member alone", () => {
    assert.deepEqual(valuesOf("Ich bin Mitglied 12 Jahre lang gewesen", customer), []);
  });
});

describe("a case list's names beside members' numbers", () => {
  it("reads a plain name column as people's when a member number column stands beside it", () => {
    const table = [
      "Az.         | Mitgl.-Nr.  | Name              | Thema",
      "------------+-------------+-------------------+-----------",
      "B-25/0412   | 318 207     | Adebayo, T.       | Schimmel",
      "B-25/0419   | 402 119     | Lindqvist, M.     | Heizung",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), ["Adebayo, T.", "Lindqvist, M."]);
  });
});

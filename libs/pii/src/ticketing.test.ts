import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ticketing company's service desk is sent (v184): personalised tickets listed in a row,
// group lists. Every value here is made up; none is in the PII corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("tickets listed after the first", () => {
  it("takes the numbers grouped as the first, after a list's mark or a range's 'bis'", () => {
    assert.deepEqual(valuesOf("ticket numbers: 7302 5518 0641, 7302 5518 0642 & 7302 5518 0643", ticket), [
      "7302 5518 0641",
      "7302 5518 0642",
      "7302 5518 0643",
    ]);
    assert.deepEqual(valuesOf("Ticketnummern: 6619 0027 4405 bis 6619 0027 4408", ticket), [
      "6619 0027 4405",
      "6619 0027 4408",
    ]);
  });

  it("stops at a number grouped otherwise", () => {
    assert.deepEqual(valuesOf("ticket numbers: 7302 5518 0641, 0151 2233 44 for questions", ticket), [
      "7302 5518 0641",
    ]);
  });
});

describe("a group's years of birth", () => {
  it("takes a year alone after each name where the list gives years of birth", () => {
    const list = ["Team (name / year of birth):", "Ruben Okafor - 2011", "Ilse Wojcik - 2012"].join("\n");
    assert.deepEqual(valuesOf(list, birth), ["2011", "2012"]);
    const table = ["Nachname | Vorname | Jg. | Instrument", "Dorfner | Emil | 2011 | Tuba"].join("\n");
    assert.deepEqual(valuesOf(table, birth), ["2011"]);
  });

  it("leaves years in a list that says nothing of births alone", () => {
    const list = ["Concerts:", "Ruben Okafor - 2011", "Ilse Wojcik - 2012"].join("\n");
    assert.deepEqual(valuesOf(list, birth), []);
  });
});

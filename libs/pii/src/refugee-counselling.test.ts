import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a refugee counselling centre's case desk gets (v428): families listing their children by
// given name with birth dates, lawyers quoting an asylum case's court file. Every value here is made
// up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("children listed by given name, a line each with the birth date", () => {
  it("takes every name and date of the block when one name is known", () => {
    const list =
      "children:\nAbdirahman 12.04.2015\nNasteexo 03.01.2018\nSaynab - 29.08.2021\nwe live in Dortmund";
    assert.deepEqual(valuesOf(list, person), ["Abdirahman", "Nasteexo", "Saynab"]);
    assert.deepEqual(valuesOf(list, birth), ["12.04.2015", "03.01.2018", "29.08.2021"]);
  });

  it("leaves lines of things with dates alone", () => {
    assert.deepEqual(valuesOf("Lieferung 12.03.2019\nRechnung 14.04.2019", person), []);
  });
});

describe("an asylum case's court file", () => {
  it("takes the department's letter and the case's suffix", () => {
    assert.deepEqual(
      valuesOf(
        "Klage beim VG Gelsenkirchen 14a K 2231/24.A eingereicht",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["14a K 2231/24.A"],
    );
  });
});

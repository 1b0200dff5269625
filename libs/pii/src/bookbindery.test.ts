import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a bookbinder and restorer is sent (v698): a family bible's register copied out, a Turkish
// great-grandfather's birth written in Turkish. Every value here is made up; none is in the PII
// corpus.

const BIRTH = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("a family bible's register", () => {
  const register = [
    "The front pages read:",
    "",
    "Births",
    "Samuel Penrose Feb 3 1852",
    "Martha Penrose Oct 21 1855",
    "",
    "Deaths",
    "Samuel Penrose Apr 2 1917",
  ].join("\n");

  it("takes the dates under 'Births' as birth dates, not those under 'Deaths'", () => {
    assert.deepEqual(valuesOf(register, BIRTH), ["Feb 3 1852", "Oct 21 1855"]);
  });

  it("ends a name before a month and its day", () => {
    assert.deepEqual(valuesOf(register, EntityType.ENTITY_TYPE_PERSON), [
      "Samuel Penrose",
      "Martha Penrose",
      "Samuel Penrose",
    ]);
  });

  it("reads a birth date with a Turkish month", () => {
    assert.deepEqual(valuesOf("- Hüseyin, born 14 Şubat 1931 (my grandfather)", BIRTH), ["14 Şubat 1931"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a Jewish community's office gets (v575): Hebrew names beside civil ones, birth dates given
// again in the Jewish calendar. Every value here is made up; none is in the PII corpus.

describe("a Jewish community's members", () => {
  it("takes a Hebrew name after its label, with 'ben'/'bat' and the parents' names", () => {
    const text = [
      "Hebräischer Name: Jehuda ben Mosche",
      "Mother: Rachel Feldman-Ortiz (Hebrew: Rivka bat Moshe v'Esther)",
      "Hebrew name: Yitzhak ben Mordechai Halevi",
    ].join("\n");
    const people = valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    for (const name of ["Jehuda ben Mosche", "Rivka bat Moshe v'Esther", "Yitzhak ben Mordechai Halevi"])
      assert.ok(people.includes(name), `${name} in ${people.join(" | ")}`);
  });

  it("takes the names after a rabbi's and a cantor's titles", () => {
    const text =
      "ich habe schon mit Rabbiner Lewinsky gesprochen.\nunser neuer Chasan Elijahu Rosenfeld fängt an";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Lewinsky", "Elijahu Rosenfeld"]);
  });

  it("takes a birth date given again in the Jewish calendar", () => {
    const text = "born 12 January 2014 / 11 Shvat 5774\nGeboren: 23.08.1979 in Leningrad (30 Aw 5739)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "12 January 2014",
      "11 Shvat 5774",
      "23.08.1979",
      "30 Aw 5739",
    ]);
  });
});

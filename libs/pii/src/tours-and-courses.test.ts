import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ski school and a mountain-guide service are sent (v163): participant lists pasted from
// spreadsheets, children listed by number, cars for the car park; and a coach tour operator
// (v254): seat lists a passenger a line. Every value here is made up; none is in the PII corpus.

describe("participant lists", () => {
  it("takes a register's number in a column of its own beside birth dates and phones", () => {
    const list = [
      "Name               Geb.          Rega-Gönner-Nr.     Handy",
      "Andrea Tschanz     14.09.1967    2 117 604 91        079 288 41 05",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["2 117 604 91"]);
  });

  it("takes no row's or room's number in such a list", () => {
    const list = ["Lfd. Nr.   Name               Geb.", "12         Andrea Tschanz     14.09.1967"].join(
      "\n",
    );
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
  });

  it("takes a birth date after a child's name once an earlier child's had 'geb.'", () => {
    const list = "Kind 1: Lotte Weiler, geb. 15.04.2016, fährt rot\nKind 2: Ben 21.1.2019 – Zwergerlkurs?";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["15.04.2016", "21.1.2019"]);
  });

  it("reads plates after a plural word for cars", () => {
    assert.deepEqual(
      valuesOf("Parkplatz für zwei Autos: BE 481 226 und BE 72 904.", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["BE 481 226", "BE 72 904"],
    );
  });
});

describe("a coach's seat list", () => {
  it("takes a line's family name before a known given name, known or not", () => {
    const list = [
      "OBERDECK",
      " 11. Gsellhofer Vroni",
      " 12. Wimbacher Korbinian (Fahrer)",
      " 13.–20. frei",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), [
      "Gsellhofer Vroni",
      "Wimbacher Korbinian",
    ]);
    // In prose the word before a given name is no family name.
    assert.deepEqual(valuesOf("Am Montag fährt Bus Anna nach Passau.", EntityType.ENTITY_TYPE_PERSON), [
      "Anna",
    ]);
  });
});

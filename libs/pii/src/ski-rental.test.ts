import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ski rental's staff write (v570): a locker list with each guest's name and code; what it is
// sent (v669): families' sizes for their skis and boots, one a line; and an organ builder's parish
// paying from a Polish account (v668). Every value here is made up; none is in the PII corpus.

describe("a ski rental's lockers", () => {
  it("takes the codes in a column beside the guests' names", () => {
    const text = [
      "Schrank | Name | Unterkunft | Code | bis",
      "07 | Yılmaz (4 Pers.) | Haus Gurgl, App. 3 | 3817 | 22.02.",
      "11 | Bakker | Ap. Zirbe | 6024 | 22.02.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["3817", "6024"]);
  });
});

const { ENTITY_TYPE_PERSON: PERSON, ENTITY_TYPE_IBAN: IBAN } = EntityType;

describe("a ski rental's family lists", () => {
  it("takes a family listed one a line with their sizes", () => {
    const text = [
      "Fam. Rossi:",
      "Marco 47 J. 180/84 Schuh 43 gut",
      "Chiara 45 J. 164/56 Schuh 38 gut",
      "",
      "Schuhgrößen:",
      "Ralf 44,5",
      "Jonas 41",
      "Pia 36 (evtl 37)",
    ].join("\n");
    assert.deepEqual(valuesOf(text, PERSON), ["Rossi", "Marco", "Chiara", "Ralf", "Jonas", "Pia"]);
  });

  it("leaves an office's floors alone, though a floor is a name in Dutch", () => {
    const text = ["Floor 12 int  | Y | meeting room", "Floor 14 int  | Y | -"].join("\n");
    assert.deepEqual(valuesOf(text, PERSON), []);
  });
});

describe("a parish's account", () => {
  it("takes an IBAN typed with digits too many, its check digits holding", () => {
    const text =
      "Please transfer the deposit to the parish account:\n\nPL98 1020 3017 0000 0026 0391 8274 61\nBIC: BPKOPLPW";
    assert.deepEqual(valuesOf(text, IBAN), ["PL98 1020 3017 0000 0026 0391 8274 61"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v71 (phone-call notes) showed. Every value here is made up; none is in
// the PII corpus.

const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("names spelled in call notes", () => {
  it("masks letters joined by hyphens, in groups too", () => {
    assert.deepEqual(persons("Anruferin: Fr. Oyelaran, Schreibweise O-Y-E-L-A-R-A-N, bitte zurückrufen."), [
      "Oyelaran",
      "O-Y-E-L-A-R-A-N",
    ]);
    assert.deepEqual(persons("Surname spelled A-L dash H-A-D-D-A-D, given name R-A-N-I-A."), [
      "A-L dash H-A-D-D-A-D",
      "R-A-N-I-A",
    ]);
    // Three letters are an abbreviation; letters with digits a code.
    assert.deepEqual(persons("Rückfrage zur U-S-A Lieferung, Code A-B-C-4."), []);
  });

  it("masks a spelling alphabet's run, German, English or NATO", () => {
    assert.deepEqual(
      persons("Schreibweise: H wie Heinrich, U wie Ulrich, B wie Berta, E wie Emil, R wie Richard"),
      ["H wie Heinrich, U wie Ulrich, B wie Berta, E wie Emil, R wie Richard"],
    );
    assert.deepEqual(persons("Surname: D as in Delta, O as in Oscar, Y, L, E – thanks"), [
      "D as in Delta, O as in Oscar, Y, L, E",
    ]);
    assert.deepEqual(persons("Spelled: Kilo-Alfa-Romeo-India-Mike, then the ID."), [
      "Kilo-Alfa-Romeo-India-Mike",
    ]);
    // One letter and its word is no spelling: "A wie Apfel" on a fruit stall's list.
    assert.deepEqual(persons("Kategorie A wie Apfel, dann Lieferung am Montag."), []);
  });

  it("masks a family name repeated in capitals beside its name", () => {
    assert.deepEqual(persons("Name: Jonas Wildgruber (WILDGRUBER, mit einem B)"), [
      "Jonas Wildgruber",
      "WILDGRUBER",
    ]);
    // Capitals beside capitals are a firm's letterhead.
    assert.deepEqual(persons("Jonas Wildgruber\nWILDGRUBER HOLZBAU\nAm Anger 3"), ["Jonas Wildgruber"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a school exchange organisation's coordinators write (v569): placement lists with the host
// family in a column, a Spanish list's abbreviated birth date header. Every value here is made
// up; none is in the PII corpus.

describe("a student exchange's placement lists", () => {
  it("takes the host family's name in its column", () => {
    const text = [
      "Student                  | DOB         | Form class | Host family",
      "Amira Haddad             | 12/01/2009  | TY2        | Brenneman, Bluffton",
    ].join("\n");
    const people = valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(people.includes("Brenneman, Bluffton"), people.join(" | "));
  });

  it("takes the birth dates under 'F. nac.'", () => {
    const text = [
      "Nº | Alumno/a              | F. nac.     | Centro",
      "1  | Lena Hofbauer         | 21/05/2009  | IES Lluís Vives",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["21/05/2009"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an au pair agency is sent (v292): host families listing their children with ages, au
// pairs' documents from Latin America. Every value here is made up; none is in the PII corpus.

describe("host families and au pairs", () => {
  it("takes a child's birth date in brackets after the name and age", () => {
    const list = "Unsere Kinder:\n\nJannes 9 J. (14.02.2016)\nPaulina 6 J. (30.09.2019)";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.02.2016", "30.09.2019"]);
  });

  it("takes a Colombian cédula and a Brazilian RG in their dotted form", () => {
    const text = "- Cédula: 1.027.493.586\n- RG: 41.208.337-9\n- Passport: on request";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["1.027.493.586", "41.208.337-9"]);
  });
});

describe("children listed with their ages", () => {
  const person = EntityType.ENTITY_TYPE_PERSON;

  it("takes two children named with their ages in a row, in German and English", () => {
    assert.deepEqual(valuesOf("(Au-pair seit dem Sommer, Fenja 4 und Tamme 8)", person), ["Fenja", "Tamme"]);
    assert.deepEqual(valuesOf("the boys (Joost, 6 and Ilvy, 3) are doing great", person), ["Joost", "Ilvy"]);
  });

  it("leaves days, months, platforms and an address's district alone", () => {
    const text = "between June 3 and June 5, Gleis 5 und Gleis 7, on Wed 14 and Thu 15 May, Phường 3, Quận 5";
    assert.deepEqual(valuesOf(text, person), []);
  });
});

describe("an au pair's handover notes", () => {
  it("takes the bike lock's code", () => {
    assert.deepEqual(
      valuesOf("Fahrradschloss (das rote): 6274\nKinder: siehe oben", EntityType.ENTITY_TYPE_SECRET),
      ["6274"],
    );
  });
});

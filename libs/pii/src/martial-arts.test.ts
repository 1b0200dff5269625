import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a karate and judo school is sent (v336): competition entries with the fighters' federation
// passes, birth years and weight classes. Every value here is made up; none is in the PII corpus.

describe("a federation's pass", () => {
  const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("is an identity document after 'Judopass' or 'Budopass', its letters included", () => {
    assert.deepEqual(valuesOf("   Judopass JP 0418 5527\n   U15 -55 kg", id), ["JP 0418 5527"]);
    assert.deepEqual(valuesOf("Budopass-Nr. DKV-0418-5527 liegt bei", id), ["DKV-0418-5527"]);
  });

  it("is one after a bare 'Pass' with two letters and two groups of four", () => {
    assert.deepEqual(valuesOf("Lena Vogt, Pass JP 0418 5527, -48 kg", id), ["JP 0418 5527"]);
  });
});

describe("a fighter's cohort", () => {
  it("is a birth year after the name and 'Jg.'", () => {
    const list = "männlich\n- Timo Wendtlandt, Jg. 2014, -30 kg\n- Ilias Koutsos, Jahrgang 2013, -34 kg";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["2014", "2013"]);
  });

  it("leaves a year after a name and 'geb.' alone, as often an animal's", () => {
    assert.deepEqual(valuesOf("Stute Bella, geb. 2014, Fuchs", EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });
});

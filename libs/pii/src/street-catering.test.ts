import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a food truck and street catering business gets (v427): shift rotas pasted from a
// spreadsheet, organisers' site details with power supplies and vehicles. Every value here is made
// up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

describe("a shift rota", () => {
  it("takes given names before their hours", () => {
    const rota = "Do 24.07.  | Dragan 09-17, Lea 12-21  | Sophie 14-22\nSa 26.07.  | Mehmet 08:00–16:00";
    assert.deepEqual(valuesOf(rota, person), ["Dragan", "Lea", "Sophie", "Mehmet"]);
  });

  it("leaves a given name before an age range alone", () => {
    assert.deepEqual(valuesOf("Kurs für Kinder, Paul 8-10 Jahre", person), []);
  });
});

describe("a site's power and vehicles", () => {
  it("reads a socket's rating as no plate", () => {
    assert.deepEqual(valuesOf("generator truck at the corner (16A CEE, next to the stage)", plate), []);
  });

  it("reads a date after the plate word as no plate", () => {
    assert.deepEqual(valuesOf("please reply with all plates by 4 July.", plate), []);
    assert.deepEqual(valuesOf("kennzeichen ist ro ab 412", plate), ["ro ab 412"]);
  });
});

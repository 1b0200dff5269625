import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an IT service desk handles when people leave and join (v176): logs and exports that name
// people by their logins. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("logins made of names", () => {
  it("takes an initial and a family name, or a given and a family name, joined by a dot", () => {
    const log = "2024-06-03 09:14:02  k.vasquez  10.20.4.9  Disable-ADAccount  t.brandstetter  OK";
    assert.deepEqual(valuesOf(log, person), ["k.vasquez", "t.brandstetter"]);
    assert.deepEqual(valuesOf("Username bitte greta.halvorsen, nicht gh", person), ["greta.halvorsen"]);
  });

  it("takes a login whose family name the mail gives as a name, its marks dropped", () => {
    const export_ = "Personalnr;Name;Vorname;Login\n007352;Trzcińska;Ewelina;e.trzcinska\n";
    assert.deepEqual(valuesOf(export_, person), ["Trzcińska", "Ewelina", "e.trzcinska"]);
    assert.deepEqual(valuesOf("IE-00321,Ana Brandstetter,a.brandstetter,DUB", person), [
      "Ana Brandstetter",
      "a.brandstetter",
    ]);
  });

  it("leaves a mail address, a host and a file name alone", () => {
    assert.deepEqual(
      valuesOf("config in app.json, host db.intern.example, mail an k.vasquez@example.org", person),
      [],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a home-care service's tour plans and a cleaning company's object lists hold (v205, v206):
// the codes of key safes and alarms at clients' doors. Every value here is made up; none is in
// the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a key safe's or an alarm's code", () => {
  it("takes the code after 'keysafe', 'Schlüsselsafe' and 'alarm', spaced digits too", () => {
    const plan = [
      "07:10  Haberland, Ruth     Schlüsselsafe 7316   Medikamente",
      "Ashdown Dental | 0161 496 0321 | keysafe 2804",
      "Lager Nord\tSchlüssel Nr. 4 / Alarm 5 0 7 1\tTomasz",
    ].join("\n");
    assert.deepEqual(valuesOf(plan, secret), ["7316", "2804", "5 0 7 1"]);
  });

  it("leaves an alarm that went off, and a count, alone", () => {
    assert.deepEqual(valuesOf("the alarm went off at 06:00 twice; Alarm 3 mal ausgelöst", secret), []);
  });
});

describe("a tour plan's clients, a line each after the time", () => {
  const person = EntityType.ENTITY_TYPE_PERSON;

  it("takes the names after the times when the lexicon knows several of them", () => {
    const tour = [
      "Tour 2 morgen früh:",
      "06:45 Lindner (Augentropfen)",
      "07:30 Okonjo - Sohn ist da",
      "08:15 Wagner Insulin nicht vergessen",
      "09:00 Kowalczyk, Zofia",
    ].join("\n");
    assert.deepEqual(valuesOf(tour, person), ["Lindner", "Okonjo", "Wagner", "Kowalczyk, Zofia"]);
  });

  it("leaves a meeting's agenda alone", () => {
    const agenda = "Agenda\n09:00 Begrüßung\n09:30 Teambesprechung\n10:15 Kaffeepause\n11:00 Workshop";
    assert.deepEqual(valuesOf(agenda, person), []);
  });
});

describe("a list with dotted leaders, a person a line", () => {
  const person = EntityType.ENTITY_TYPE_PERSON;

  it("takes every line's name, two that share a line each, once one of them is a known name", () => {
    const list = [
      "Karagiannis ........ CE-SP 1963",
      "Wübbeling/Nguyen ... CE-EM 247",
      "Ashby .............. kommt mit dem Rad",
    ].join("\n");
    assert.deepEqual(valuesOf(list, person), ["Karagiannis", "Wübbeling", "Nguyen", "Ashby"]);
  });

  it("leaves a printed form's labels alone", () => {
    const form = "Name ........ \nVorname ..... \nGeburtsort ...... ";
    assert.deepEqual(valuesOf(form, person), []);
  });
});

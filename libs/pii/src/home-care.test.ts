import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a home-care service's tour plans and a cleaning company's object lists hold (v205, v206):
// the codes of key safes and alarms at clients' doors. Every value here is made up; none is in
// the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;
const person = EntityType.ENTITY_TYPE_PERSON;

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

// A podiatrist's home visits to care homes (v499).
describe("a podiatrist's rounds", () => {
  it("takes a door's code that a clause or a day stands before", () => {
    const texts = [
      "Der Code an der Lieferantentür (Anlieferung) ist seit Montag 6604#, die Klingel geht nicht.",
      "Code für die Seitentür bleibt 1937#.",
      "the code for the side gate (car park side) changes to 4826*. Please don't write it down.",
    ];
    assert.deepEqual(
      texts.map((text) => valuesOf(text, secret)),
      [["6604#"], ["1937#"], ["4826*"]],
    );
  });

  it("takes no code's validity as a code", () => {
    assert.deepEqual(valuesOf("Der Code bleibt 3 Tage gültig.", secret), []);
  });

  it("takes a village's house after a dash in a route plan", () => {
    const text = "14:00  Moser Alois – Steinhögl 7, 83404 Ainring, Rezept liegt vor";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Steinhögl 7, 83404 Ainring"]);
  });

  it("takes a card holder's name in capitals with a middle initial that is a word", () => {
    const text = "Name on card: ADAEZE A OKONJO\nCard no: 4532 0175 5893 1203";
    assert.deepEqual(valuesOf(text, person), ["ADAEZE A OKONJO"]);
  });

  it("takes no insurer's office, service or claim handler's greeting as a name", () => {
    for (const text of [
      "AOK Bayern - Die Gesundheitskasse\nDirektion Rosenheim",
      "Dear Provider,\n\nRE: Claim",
      "Verordnung vom 12.08.2024\nHeilmittel:          Podologische Komplexbehandlung",
      "unser Seniorentreff möchte gern wieder kommen",
    ])
      assert.deepEqual(valuesOf(text, person), [], text);
  });

  it("takes a grandmother's given name, not the word for her", () => {
    assert.deepEqual(valuesOf("So here is Nonna's message in English:", person), []);
    assert.deepEqual(valuesOf("Nonna Pina's room is next to ours.", person), ["Pina"]);
  });
});

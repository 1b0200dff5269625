import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a security company writes (v222, v317, v441): patrol logs with handovers, guards' licences
// and register numbers, the passphrases key holders give on the phone, a control room's line. Every
// value here is made up; none is in the PII corpus.

describe("a patrol log's handover", () => {
  it("names the guard handed over to or from", () => {
    const log =
      "19:02 on site, handover from Oyelaran. keys x3\n06:50 handover to Brannigan\n22:04 Übergabe an Tschirner";
    assert.deepEqual(valuesOf(log, EntityType.ENTITY_TYPE_PERSON), ["Oyelaran", "Brannigan", "Tschirner"]);
  });
});

describe("a guard's licence", () => {
  it("is an identity document after 'SIA licence'", () => {
    assert.deepEqual(
      valuesOf("Officer on duty, SIA lic 2093 4471 8806 1135", EntityType.ENTITY_TYPE_ID_DOCUMENT),
      ["2093 4471 8806 1135"],
    );
  });
});

describe("a passphrase of words", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it("is taken in quotes after a password's word, or after its label to the line's end", () => {
    assert.deepEqual(valuesOf('caller gave the password "copper kettle" - correct', secret), [
      "copper kettle",
    ]);
    assert.deepEqual(
      valuesOf("Password for verification: amber fox 1994\nSecond keyholder: my son", secret),
      ["amber fox 1994"],
    );
    assert.deepEqual(valuesOf("Kennwort für die Leitstelle: Kranich im Nebel\nDanke", secret), [
      "Kranich im Nebel",
    ]);
  });

  it("is not what a system said after a code's word, nor the end of a long clause", () => {
    assert.deepEqual(valuesOf('the claim came back with code "R17 – not covered"', secret), []);
    assert.deepEqual(
      valuesOf(
        'Passwort vergessen gemacht, dann kam per SMS eine Meldung ("Link ist leider abgelaufen")',
        secret,
      ),
      [],
    );
  });
});

describe("key holders' lists (v317)", () => {
  it("takes a code word right after its keyword, and after a clause that ends in its verb", () => {
    const text =
      "3. Haustür, Codewort Reiher\nCodewort Seeadler korrekt genannt.\nKennwort für sie soll sein: Hafenlicht\nKennwort Zurücksetzen geht nicht.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["Reiher", "Seeadler", "Hafenlicht"]);
  });

  it("takes a garage's PIN column", () => {
    const text =
      "Whg | Name | Tel | TG-PIN\n01 | Aylin Demirel | 0176 55 20 31 87 | 5917\n02 | Jonas Brandt | 0221 40 18 77 | 8264\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5917", "8264"]);
  });
});

describe("a new password after the old one", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it("is taken a sentence after the keyword when it is no plain word", () => {
    assert.deepEqual(
      valuesOf(
        "please change the password, my brother knows the old one. new one is juniper-kestrel. thanks",
        secret,
      ),
      ["juniper-kestrel"],
    );
    assert.deepEqual(
      valuesOf('bitte das kennwort ändern, altes war "Regenfass" neues ist Dachsbau77. gruß', secret),
      ["Regenfass", "Dachsbau77"],
    );
  });

  it("leaves a plain word or a new thing without a password alone", () => {
    assert.deepEqual(valuesOf("I forgot my password again. The new one is fine though, thanks", secret), []);
    assert.deepEqual(valuesOf("The old sensor broke. The new one is model K-220.", secret), []);
  });
});

describe("a guard's register number", () => {
  const document = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("takes the number after the guard register's name, bare or in groups", () => {
    assert.deepEqual(valuesOf("Bewacherregister-ID: 41207736\nAufenthaltstitel", document), ["41207736"]);
    assert.deepEqual(valuesOf("- Bewacherregister ID: 27 118 904\n- Führerschein B", document), [
      "27 118 904",
    ]);
    assert.deepEqual(valuesOf("Bewacherregister no.: 19 304 552, employed since", document), ["19 304 552"]);
  });
});

describe("a phone after a line's hours", () => {
  it("takes the number after 24/7, not the hours", () => {
    assert.deepEqual(
      valuesOf("Zentrale 0611 7720 0 | Notruf 24/7 0611 7720 13-99", EntityType.ENTITY_TYPE_PHONE),
      ["0611 7720 0", "0611 7720 13-99"],
    );
  });
});

describe("a key is no one", () => {
  it('leaves "Schlüssel" after a greeting\'s comma and as a subject alone', () => {
    const mail = "Betreff: Schlüssel\n\nHallo, Schlüssel für die Praxis liegt ab heute am Empfang.";
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

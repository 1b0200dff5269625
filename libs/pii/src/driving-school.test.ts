import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a driving school's office is sent (v177, v237): printed forms typed out with their dotted
// leaders, messenger threads forwarded, mails dictated to a phone. Every value here is made up;
// none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("a printed form's fields", () => {
  it("takes a name after its label and a dotted leader, two labels joined too", () => {
    const form = [
      "Surname / Name ........ OKONJO",
      "Patient ........ O'DRISCOLL, Ruairí Seosamh",
      "Name, Vorname ............. Vukadinović, Mirza",
    ].join("\n");
    assert.deepEqual(valuesOf(form, person), ["OKONJO", "O'DRISCOLL, Ruairí Seosamh", "Vukadinović, Mirza"]);
  });

  it("reads a form's label below a name's label as no name", () => {
    const form = [
      "Name             KARAMANLI              Vorname  Sevgül",
      "Geburtsdatum     14.08.1996             Geburtsort  Kars / TR",
    ].join("\n");
    assert.ok(!valuesOf(form, person).includes("Geburtsdatum"));
  });

  it("takes the name after a signature's label", () => {
    assert.deepEqual(valuesOf("Datum: 02.04.2024\nUnterschrift: Wierzbowski", person), ["Wierzbowski"]);
  });

  it("leaves a label whose leader ends in a word in lower case alone", () => {
    assert.deepEqual(valuesOf("Name ........ siehe Rückseite", person), []);
  });
});

describe("a birth date asked for in a thread", () => {
  it("takes the date given, not the time stamps of the messages after the question", () => {
    const chat = [
      "> [14.05.19, 18:02] Ich: Brauch deine Führerscheinnummer und Geburtsdatum",
      "> [14.05.19, 18:09] Opa Konrad: Konrad Leitgeb geb. 11.09.1948",
      "> [14.05.19, 18:10] Ich: Danke",
    ].join("\n");
    assert.deepEqual(valuesOf(chat, birth), ["11.09.1948"]);
  });

  it("reads a line that ends a sentence with 'Geburtsdatum' as no column's header", () => {
    const mail = [
      "Wir brauchen für die Anmeldung noch Ihr Geburtsdatum",
      "Der Vertrag aus dem letzten Jahr mit der Nummer 55 begann am 01.02.2019",
    ].join("\n");
    assert.deepEqual(valuesOf(mail, birth), []);
  });
});

describe("a list typed out from a course's paper", () => {
  it("reads a table whose rule under the header has no bars", () => {
    const list = [
      "Nr | Name          | Vorname      | Geb.-Datum  | Bescheinigung",
      "---+---------------+--------------+-------------+--------------",
      " 1 | Wendehals     | Jorinde      | 23.06.2006  | [x]",
    ].join("\n");
    assert.deepEqual(valuesOf(list, birth), ["23.06.2006"]);
    assert.deepEqual(valuesOf(list, person), ["Wendehals", "Jorinde"]);
  });

  it("leaves a card's last digits in an account's column alone", () => {
    const list = ["Customer | Account | Amount", "Wendehals | card ending 4471 | 120,00"].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_IBAN), []);
  });
});

describe("dictated mails and their numbers", () => {
  const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("takes a British licence in its three parts, an Irish PPS number with a space, 'FS-Nr.'", () => {
    assert.deepEqual(valuesOf("my provisional licence number is OKAFO 907215 CN9LK not sure", id), [
      "OKAFO 907215 CN9LK",
    ]);
    assert.deepEqual(
      valuesOf("and my PPS is 5519204 TA if ye need it", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["5519204 TA"],
    );
    assert.deepEqual(valuesOf("Begleitperson: Vater, FS-Nr. 27 415 903", id), ["27 415 903"]);
  });

  it("takes a plate after a van's nickname and a card holder's name after her salutation", () => {
    assert.deepEqual(
      valuesOf("parke neben dem bulli mit OS KL 482 das", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["OS KL 482"],
    );
    assert.deepEqual(valuesOf("Name on card: Mrs T R Ogunleye\nVisa", person), ["T R Ogunleye"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v32 (SaaS and hosting support), v33 (citizen services and schools)
// and v34 (a law firm and notary) showed. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("secrets and addresses in support mail", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it("takes a password alone on a quoted line below its keyword", () => {
    const quoted = "> The new temporary password is:\n>\n>     Qm4#vTr8!kLp2\n>\n> Please change it.";
    assert.deepEqual(valuesOf(quoted, secret), ["Qm4#vTr8!kLp2"]);
    assert.deepEqual(valuesOf("Your password:\n\nThanks for waiting", secret), []);
  });

  it("takes a shortened session token, a vendor's live key and a password a long clause later", () => {
    assert.deepEqual(valuesOf("Cookie: sid=eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQ0fQ.Zk3…", secret), [
      "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQ0fQ.Zk3",
    ]);
    assert.deepEqual(valuesOf("The key is\n\nqrx_live_7Hn2Kd9Pw4Lm8Rt3Xv6B", secret), [
      "qrx_live_7Hn2Kd9Pw4Lm8Rt3Xv6B",
    ]);
    const clause =
      "jemand hat mein Passwort – ich hatte leider dasselbe wie bei einem Shop, der letztes Jahr gehackt wurde (Lviv!Bremen2021). Ja.";
    assert.deepEqual(valuesOf(clause, secret), ["Lviv!Bremen2021"]);
  });

  it("takes an IPv6 address in an SPF record and a Belgian national number", () => {
    assert.deepEqual(valuesOf('"v=spf1 ip6:2a01:4f8:c0c:7e1::2 -all"', EntityType.ENTITY_TYPE_IP_ADDRESS), [
      "2a01:4f8:c0c:7e1::2",
    ]);
    assert.deepEqual(
      valuesOf("national register number is 81.03.12-144.07;", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["81.03.12-144.07"],
    );
  });

  it("leaves a firm named after its owner, an office mailbox and a product alone", () => {
    const signature = "Grüße\nEleni Petridou\nPetridou IT-Services\nKarim Haddad\nHaddad & Roth Web S.r.l.";
    assert.deepEqual(valuesOf(signature, person), ["Eleni Petridou", "Karim Haddad"]);
    assert.deepEqual(valuesOf("Am 3.4. schrieb Nordnetz Datenschutz <datenschutz@nordnetz.de>:", person), []);
    assert.deepEqual(valuesOf("Hi, FileZilla says the login failed", person), []);
    assert.deepEqual(valuesOf("Gelten im Winter andere Limits?", person, ["Jonas Winter"]), []);
  });
});

describe("citizen services: children, offices and shelters", () => {
  const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

  it("takes children's birth dates in a list below its heading, but not an issue date", () => {
    const list = "Children:\n  Oksana Melnyk – 14.05.2015\n  Taras Melnyk – 02.11.2018";
    assert.deepEqual(valuesOf(list, birth), ["14.05.2015", "02.11.2018"]);
    const passport = "Date of birth: 03.02.1990\nPassport no.: C1234567\nIssued: Kyiv, 10/01/2022";
    assert.deepEqual(valuesOf(passport, birth), ["03.02.1990"]);
  });

  it("takes a birth date before the place and the verb, and dates joined by bzw. or a possessive", () => {
    assert.deepEqual(valuesOf("Sie wurde am 3. Mai 2024 im Klinikum Fulda geboren.", birth), ["3. Mai 2024"]);
    assert.deepEqual(valuesOf("geb. 11.02.1977 bzw. 30.06.1980", birth), ["11.02.1977", "30.06.1980"]);
    assert.deepEqual(valuesOf("my date of birth is 4 May 1951 and Peter's is 19/08/1949.", birth), [
      "4 May 1951",
      "19/08/1949",
    ]);
  });

  it("takes a shelter's line above the street and a phone number with a spaced area code", () => {
    const address =
      "They live at\n\nGemeinschaftsunterkunft Talheim-Süd\nAm Anger 4, Zimmer 12\n61234 Talheim";
    assert.deepEqual(valuesOf(address, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Gemeinschaftsunterkunft Talheim-Süd\nAm Anger 4, Zimmer 12\n61234 Talheim",
    ]);
    assert.deepEqual(valuesOf("Tel. (0 61 71) 42 17-30", EntityType.ENTITY_TYPE_PHONE), [
      "(0 61 71) 42 17-30",
    ]);
  });

  it("leaves offices, towns, pets and restaurants alone", () => {
    assert.deepEqual(valuesOf("Dear Ausländerbehörde Talheim,\n\nI am writing", person), []);
    assert.deepEqual(valuesOf("Hallo,\nwir haben einen Rüden, Name „Rocky“, seit Mai.", person), []);
    assert.deepEqual(valuesOf("Grüße\nTran Thi Lan\nRestaurant Lan Anh", person), ["Tran Thi Lan"]);
  });
});

describe("a law firm's mail: parties, file numbers, colleagues", () => {
  const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

  it("takes court and notary file numbers with their letters", () => {
    assert.deepEqual(valuesOf("The court file is 61 VI 2207/24.", ticket), ["61 VI 2207/24"]);
    assert.deepEqual(valuesOf("anhängig, GZ 3 A 412/24 m, Gerichtskommissär", ticket), ["3 A 412/24 m"]);
    assert.deepEqual(valuesOf("(Ihre UR-Nr. 817/24 K): Können Sie", ticket), ["817/24 K"]);
    assert.deepEqual(valuesOf("(matter: 0412/24-RS, my late uncle)", ticket), ["0412/24-RS"]);
    assert.deepEqual(valuesOf("Az. bei uns 41.3-KL-2209.", ticket), ["41.3-KL-2209"]);
  });

  it("leaves a company's register number alone", () => {
    const footer = "a company registered in England and Wales under number 07731842.";
    assert.deepEqual(valuesOf(footer, ticket), []);
  });

  it("takes the parties of a case and a name after a colleague's title", () => {
    assert.deepEqual(valuesOf("In dem Rechtsstreit Okafor ./. Wohnbau Rhein GmbH", person), ["Okafor"]);
    assert.deepEqual(valuesOf("Claim No. 4471 – Lindqvist v Raman", person), ["Lindqvist", "Raman"]);
    assert.deepEqual(valuesOf("Sehr geehrte Frau Kollegin Adeyemi-Kraus,", person), ["Adeyemi-Kraus"]);
    assert.deepEqual(valuesOf("Mein Anwalt, Herr Sorge von Klein Ahrens & Partner, weiß es.", person), [
      "Sorge",
    ]);
  });

  it("keeps a double family name whole and leaves the second name of a firm alone", () => {
    assert.deepEqual(valuesOf("Estate of the late Mr Hamish Ferguson-Weil", person), [
      "Hamish Ferguson-Weil",
    ]);
    const signature = "Kind regards\n\nPhilippa Finch\nPartner\nHarrow Finch LLP";
    assert.deepEqual(valuesOf(signature, person), ["Philippa Finch"]);
  });
});

describe("a lawyer's title", () => {
  it("stays outside the name: 'RAin' and 'RA' are titles like 'Dr.'", () => {
    assert.deepEqual(valuesOf("Sachbearbeiterin: RAin Dr. Lohkamp\nAz.: 12/26", person), ["Lohkamp"]);
    assert.deepEqual(valuesOf("Sachbearbeiter: RA Lohkamp", person), ["Lohkamp"]);
  });
});

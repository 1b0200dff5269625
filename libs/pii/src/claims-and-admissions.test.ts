import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// An insurer's claims desk and a university's admissions office, as the blind sets v109 and v110
// wrote them: policies' numbers in spaced groups, phones with the country's code in brackets,
// passports' names in capitals, web forms with values on the next line. Every value here is made
// up; none is in the PII corpus.

const masked = (text: string) => detectEntities(text, {}).map((entity) => entity.value);

describe("an insurer's claims desk", () => {
  it("takes a policy's number in spaced groups after capitals, not a meter's, a firm's or a meeting's", () => {
    for (const [text, value] of [
      ["Vers.-Nr. laut Bericht KF 6620 2281 07\nTel.", "KF 6620 2281 07"],
      ["Polizze Haushaltsversicherung: HH-AT 0071 3390 45", "HH-AT 0071 3390 45"],
      ["zu Ihrer Hausratversicherung HR-0448 2219. Ein Gutachter", "HR-0448 2219"],
    ])
      assert.ok(masked(text!).includes(value!), text);
    for (const [text, value] of [
      ["Gas, Zähler 7 GD 1120 6645 = 9 870 m³", "GD 1120 6645"],
      ["Firma: Holm & Søn ApS, CVR 41 22 87 06", "CVR 41 22 87 06"],
      ["Meeting ID 512 7780 2241, passcode follows", "ID 512 7780 2241"],
      ["ein Budget von EUR 12 500 000 für", "EUR 12 500 000"],
    ])
      assert.ok(!masked(text!).includes(value!), text);
  });

  it("reads a product's name as no part and a plate's shape not inside a longer code", () => {
    assert.ok(masked("Ist das über die Teilkasko (TK-4410-22871)?").includes("TK-4410-22871"));
    const text = "einen Wagen einer niedrigeren Fahrzeugklasse. Über Ihre Vollkasko (VK-3317-04459) ist";
    assert.ok(masked(text).includes("VK-3317-04459"));
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), []);
  });

  it("takes a phone with the country's code in brackets, also before the trunk's 0", () => {
    const phone = EntityType.ENTITY_TYPE_PHONE;
    assert.deepEqual(valuesOf("erreichbar: (+49) 0176-44 19 207. Ab Montag", phone), [
      "(+49) 0176-44 19 207",
    ]);
    assert.deepEqual(valuesOf("Handy (+49) 152 3318207 geht auch", phone), ["(+49) 152 3318207"]);
    assert.deepEqual(valuesOf("Menge (+5) 12345 Stück", phone), []);
  });

  it("takes a town after the house number in a subject, and a block's name before the street", () => {
    const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
    const subject = "Betreff: AW: Wasserschaden Kettwiger Str. 88, Essen - Schaden-Nr. folgt";
    assert.ok(valuesOf(subject, address).some((value) => value.endsWith("Kettwiger Str. 88, Essen")));
    assert.deepEqual(
      valuesOf("the caretaker at Millbrook Mews, 1-24 Quay Lane, Norwich NR3 1SJ, and", address),
      ["Millbrook Mews, 1-24 Quay Lane, Norwich NR3 1SJ"],
    );
  });

  it("takes a name after Signed: and a password set again after a clause", () => {
    assert.deepEqual(
      valuesOf("any address.\n\nSigned: T Mensah-Boakye\n\nSent from", EntityType.ENTITY_TYPE_PERSON),
      ["T Mensah-Boakye"],
    );
    const text =
      "Ich habe das Passwort zweimal zurückgesetzt, zuletzt auf Herbst2025!Igel, aber es geht nicht.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["Herbst2025!Igel"]);
  });
});

describe("a university's admissions office", () => {
  it("takes a family name before the comma when the given name is no common word", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.ok(masked("mein Name (im Pass: HOSSEINI, BARDIA), ich habe").includes("HOSSEINI, BARDIA"));
    assert.ok(masked('and in the passport "JAFARI, SHIRIN"; my first name').includes("JAFARI, SHIRIN"));
    assert.ok(
      valuesOf("Teilnehmende:\n- Farahani, Ladan (geb. 27.01.2001)", person).includes("Farahani, Ladan"),
    );
  });

  it("takes a family name in capitals before the given name, not a hospital's name", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("2. LIU Mengqi — passport follows", person), ["LIU Mengqi"]);
    assert.deepEqual(valuesOf("Father – LEE Dong-wook – born in Busan", person), ["LEE Dong-wook"]);
    assert.deepEqual(valuesOf("drei Jahre im CHU Fattouma Bourguiba gearbeitet", person), []);
  });

  it("takes a BIC after a dash or a long remark in brackets", () => {
    const bic = EntityType.ENTITY_TYPE_BIC;
    assert.deepEqual(valuesOf("IBAN JO71 CBJO 0010 0000 0000 0131 0003 02\nSWIFT – ARABJOAX100", bic), [
      "ARABJOAX100",
    ]);
    assert.deepEqual(valuesOf("BIC (wird automatisch ermittelt): COBADEFFXXX", bic), ["COBADEFFXXX"]);
  });

  it("takes twelve digits in fours in a mail that names an Aadhaar, not elsewhere", () => {
    const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;
    assert.deepEqual(valuesOf("a copy of the Aadhaar of my sponsor (5821 4407 1932) and", id), [
      "5821 4407 1932",
    ]);
    assert.deepEqual(valuesOf("the sponsor's letter (5821 4407 1932) and", id), []);
  });

  it("takes a form's value from the line below its label, not a list below a heading", () => {
    assert.ok(masked("Student ID:\n604 227\nFull name:\nBONDAR Olena\nEmail:\nPhone:").includes("604 227"));
    assert.ok(masked("Full name:\nBONDAR Olena\nEmail:").includes("BONDAR Olena"));
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Your e-tickets:\nHOLM/ANNA MS – 220 7712093381", ticket), ["220 7712093381"]);
  });
});

describe("a home insurer's claims (v253)", () => {
  it("takes a pension number after 'Rentennummer' in spaced groups, a client number with a spaced slash", () => {
    assert.deepEqual(
      valuesOf("und meine Rentennummer ist 12 250347 K 00 7 und die", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["12 250347 K 00 7"],
    );
    assert.deepEqual(
      valuesOf("Broker client no.   QMB/ 71903\nSection B", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["QMB/ 71903"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v56 (a parcel carrier), v57 (mails by people who rarely write in the
// language) and v58 (a sports club and its music school) showed. Every value here is made up;
// none is in the PII corpus.

const ADDRESS = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const BIRTH = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const PERSON = EntityType.ENTITY_TYPE_PERSON;

describe("addresses written in another order", () => {
  it("takes the town and postcode written before the street", () => {
    for (const address of [
      "München 81541 Tegernseer Landstraße 18 2.OG",
      "Paderborn, 33098, Bahnhofstr. 12",
      "Bochum 44787 Hattinger Str 90",
      "04229 Leipzig, Karl-Heine-Str. 41",
    ])
      assert.deepEqual(valuesOf(`Meine Adresse: ${address}\nDanke`, ADDRESS), [address]);
  });

  it("keeps floors and flats between and after the parts, joined by dashes, slashes or spaces", () => {
    for (const address of [
      "Luisenstraße 17 - 3. Stock - 76137 Karlsruhe",
      "HOLSTEINER STR. 8 / 50733 KÖLN / 1. ETAGE",
      "Gartenstr. 9 WE 4 15230 Frankfurt",
      "Straße der Freiheit 3, 09112 Chemnitz",
    ])
      assert.deepEqual(valuesOf(`Neu: ${address}\n\nKundennummer folgt`, ADDRESS), [address]);
  });

  it("takes a parcel locker, a basement flat and Dutch street words before the street", () => {
    for (const address of [
      "Packstation 214, Prager Straße 12, 04103 Leipzig",
      "Paczkomat KRA07M, ul. Długa 5, 31-147 Kraków",
      "Basement Flat, 9 Elm Park Road\nLondon SW3 6BP",
      "Westerbaan 120-II, 1055 KL Amsterdam",
      "Oude Haven 4\n3011 HK Rotterdam",
    ])
      assert.deepEqual(valuesOf(`Please send it to: ${address}\n\nThanks`, ADDRESS), [address]);
  });
});

describe("birth dates as learners and clubs write them", () => {
  it("reads birth dates in the writer's own language and in CJK marks", () => {
    for (const date of ["5 maggio 1991", "3 de marzo de 1988", "12 de outubro de 1979", "2003年7月9日"])
      assert.deepEqual(valuesOf(`Geboren il ${date}, Kundennummer folgt`, BIRTH), [date]);
    assert.deepEqual(valuesOf("geboren 1984 / 06 / 21 in Rabat", BIRTH), ["1984 / 06 / 21"]);
    assert.deepEqual(valuesOf("Birth 14/02/1990\nI live in Mainz", BIRTH), ["14/02/1990"]);
  });

  it("takes the dates of a team list in columns, not a letter's date column", () => {
    const squad = [
      "U13 girls, squad for the tournament:",
      "",
      "Mila de Jong        14-03-2012   pass KXQ12L",
      "Emma Kuipers        02-11-2012   pass LTR55P",
      "Jahrgang 2011:",
      "  Lea Hofmann       30.06.2011   Startpass STB-0400121",
    ].join("\n");
    assert.deepEqual(valuesOf(squad, BIRTH), ["14-03-2012", "02-11-2012", "30.06.2011"]);
    const letter = "Kindergeldbescheid\nDatum            12.02.2024\nSehr geehrte Frau Roth,";
    assert.deepEqual(valuesOf(letter, BIRTH), []);
  });
});

describe("names and numbers as learners and carriers write them", () => {
  it("takes a family name in capitals before the given name, a particle and a patronymic too", () => {
    assert.deepEqual(valuesOf("Ich, IVANOVA Olga Petrovna, geb. 02.03.1975", PERSON), [
      "IVANOVA Olga Petrovna",
    ]);
    assert.deepEqual(valuesOf("Mein Name EL IDRISSI Youssef, geboren in Fès", PERSON), [
      "EL IDRISSI Youssef",
    ]);
  });

  it("reads 'Sir' and 'Ma'am' before a family name, 'ich heisse', and families in lists", () => {
    assert.deepEqual(valuesOf("Good morning po Sir Villanueva,", PERSON), ["Villanueva"]);
    assert.deepEqual(valuesOf("Ma'am Adebayo was my coach before", PERSON), ["Adebayo"]);
    assert.deepEqual(valuesOf("Ich heisse Haddad Karim. Am Montag", PERSON), ["Haddad Karim"]);
    assert.deepEqual(
      valuesOf("Guests → family Lindqvist, then the Okafor family; host: Moreau family", PERSON),
      ["Lindqvist", "Okafor", "Moreau"],
    );
    assert.deepEqual(valuesOf("Each family brings a cake. Dear Sir, thank you.", PERSON), []);
  });

  it("takes phones with dots and extensions, labels with a phrase before the colon, double slashes", () => {
    assert.deepEqual(valuesOf("Telefon: +48.601.224.918 / 0335 5512 40", EntityType.ENTITY_TYPE_PHONE), [
      "+48.601.224.918",
      "0335 5512 40",
    ]);
    assert.deepEqual(valuesOf("Call me on +44 161 496 0733 ext. 318.", EntityType.ENTITY_TYPE_PHONE), [
      "+44 161 496 0733 ext. 318",
    ]);
    assert.deepEqual(
      valuesOf("Rechnungsnummer auf der Mahnung: 72 5519 30418", EntityType.ENTITY_TYPE_INVOICE_NUMBER),
      ["72 5519 30418"],
    );
    assert.deepEqual(valuesOf("Aktenzeichen: 51207//0031876", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "51207//0031876",
    ]);
  });

  it("leaves customs tariff codes and Polish firms alone", () => {
    const customs = "HS code 6109 10 00, commodity code 8471 30, Zolltarifnummer 9403 60 10";
    assert.deepEqual(
      valuesOf(customs, EntityType.ENTITY_TYPE_SECRET).concat(
        valuesOf(customs, EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ),
      [],
    );
    assert.deepEqual(valuesOf("We (Tkanina Kowalczyk sp. z o.o.) send 40 parcels a week", PERSON), []);
  });
});

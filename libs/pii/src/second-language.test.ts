import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Values as the blind sets v88 (customers writing German or English as a second language) and
// v95-v98 (claims, energy, admissions, debt collection, with v88's forms) wrote them: a German
// address's parts in their own order, numbers typed digit by digit, documents and titles of other
// countries, address blocks abroad. Every value here is made up; none is in the PII corpus.

const addresses = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS);

describe("German addresses with their parts out of order", () => {
  it("reads town and postcode first, then the street and the flat", () => {
    assert.deepEqual(
      addresses('Our address Kassel 34117 , Wilhelmshöher Allee 96 , kv. 12 ("kv." is flat, sorry).'),
      ["Kassel 34117 , Wilhelmshöher Allee 96 , kv. 12"],
    );
  });

  it("reads the street first, the postcode and the house number after it", () => {
    assert.deepEqual(addresses("Adresse hier: Georgstrasse , 30159 Hannover , Nr 41 , WG im 3.OG"), [
      "Georgstrasse , 30159 Hannover , Nr 41 , WG im 3.OG",
    ]);
    assert.deepEqual(addresses("New flat: Rostock, Lange strase 17, 18055 , moved in 15/09"), [
      "Rostock, Lange strase 17, 18055",
    ]);
  });

  it("reads the postcode and town on the line below", () => {
    assert.deepEqual(addresses("Bahnhofstr, 21 , Wohnung 3\n06108 Halle (Saale)\nTel. 0345 123"), [
      "Bahnhofstr, 21 , Wohnung 3\n06108 Halle (Saale)",
    ]);
  });

  it("leaves a phone number after the postcode and a name before the street", () => {
    assert.deepEqual(addresses("Fahrer war Dennis Brauer, Kaiserstraße 31, 76133 Karlsruhe, 0721 4471 20"), [
      "Kaiserstraße 31, 76133 Karlsruhe",
    ]);
  });
});

describe("numbers typed digit by digit and documents of other countries", () => {
  it("takes a mobile number typed apart after its prefix", () => {
    const phones = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PHONE);
    assert.deepEqual(phones("Handy: 0157 - 3 2 8 1 4 4 0 9"), ["0157 - 3 2 8 1 4 4 0 9"]);
    assert.deepEqual(phones("Tel.: +49 160 . 5 5 1 2 . 0 3 7 4"), ["+49 160 . 5 5 1 2 . 0 3 7 4"]);
  });

  it("takes a birth date with spaces around its marks", () => {
    assert.deepEqual(valuesOf("geb. 21 / 03 / 1979 in Izmir", EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "21 / 03 / 1979",
    ]);
  });

  it("takes documents named in their own language or by a German permit", () => {
    const ids = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT);
    assert.deepEqual(ids("Romanian ID (carte de identitate): XB 602714"), ["XB 602714"]);
    assert.deepEqual(ids("meine Frau hat Aufenthaltsgestattung G 5530918"), ["G 5530918"]);
    assert.deepEqual(ids("His passport K 3381 0476 and visa"), ["K 3381 0476"]);
  });
});

describe("titles and kinship words of other languages", () => {
  it("keeps a title, a kinship word and a school out of the names", () => {
    const names = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.deepEqual(names("ich bin Engr. Obinna Eze, Kundennummer 4471"), ["Obinna Eze"]);
    assert.deepEqual(names("unsere Nachbarin Hatice Teyze hat auch bestellt"), ["Hatice"]);
    assert.deepEqual(names("Sehr geehrte Sprachschule,\nich habe eine Frage."), []);
  });
});

describe("address parts in any order, more of them", () => {
  it("takes a floor's side, a flat, and the town on the line below a bare postcode", () => {
    assert.deepEqual(addresses("My address: 80331 München, Sendlinger Straße 12, 3. floor, left side"), [
      "80331 München, Sendlinger Straße 12, 3. floor, left side",
    ]);
    assert.deepEqual(addresses("New flat is: 10245 Berlin, Flat 2.07, Revaler Straße 99."), [
      "10245 Berlin, Flat 2.07, Revaler Straße 99",
    ]);
    assert.deepEqual(
      addresses("Ich wohne in der Hanauer Landstraße 140, 60314\nFrankfurt am Main, also mitten"),
      ["Hanauer Landstraße 140, 60314\nFrankfurt am Main"],
    );
  });
});

describe("claims, utilities and court mail (v95-v98)", () => {
  it("takes a floor or house after the number, a family's name, a town and its district", () => {
    assert.deepEqual(addresses("my adress now is Kiel 24103, Holstenstraße 44 floor 3 right side, and"), [
      "Kiel 24103, Holstenstraße 44 floor 3 right side",
    ]);
    assert.deepEqual(addresses("Meine Adresse: Bochum 44787, Kortumstr. 61, bei Familie Haddad\nTelefon"), [
      "Bochum 44787, Kortumstr. 61, bei Familie Haddad",
    ]);
    assert.deepEqual(addresses("Meine Adresse hier: Köln, Ehrenfeld, Venloer Straße 219, 50823\nTelefon"), [
      "Köln, Ehrenfeld, Venloer Straße 219, 50823",
    ]);
  });

  it("takes the town below a bare postcode after quote marks and before a sentence", () => {
    assert.deepEqual(addresses("> Anschrift Lindenweg 23, 44143\n> Dortmund haben wir geprüft."), [
      "Lindenweg 23, 44143\n> Dortmund",
    ]);
  });

  it("takes a phone after a word in capitals that ends like a standard's body", () => {
    assert.deepEqual(valuesOf("ODER MEIN SOHN ANRUFEN 0176 48 22 91 05, ER", EntityType.ENTITY_TYPE_PHONE), [
      "0176 48 22 91 05",
    ]);
    assert.deepEqual(valuesOf("Gerüste nach DIN EN 12811-1 prüfen", EntityType.ENTITY_TYPE_PHONE), []);
  });

  it("takes a foreign number typed digit by digit after its country code", () => {
    assert.deepEqual(
      valuesOf("My phone is 0048 6 0 1 2 2 4 9 3 7, in evening", EntityType.ENTITY_TYPE_PHONE),
      ["0048 6 0 1 2 2 4 9 3 7"],
    );
  });

  it("takes a court officer's file number after 'mein Zeichen'", () => {
    assert.deepEqual(valuesOf("mein Zeichen: DR II 3318/24", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "DR II 3318/24",
    ]);
  });
});

describe("addresses abroad in blocks of lines (v97)", () => {
  it("takes a block ending in 'Republic of Korea', one with Vietnamese words, one with a street line above", () => {
    assert.deepEqual(
      addresses(
        "my parents' address:\nGangnam-gu, Teheran-ro 44-gil 9, #1104\nSeoul 06211\nRepublic of Korea\nThanks",
      ),
      ["Gangnam-gu, Teheran-ro 44-gil 9, #1104\nSeoul 06211\nRepublic of Korea"],
    );
    assert.deepEqual(
      addresses(
        "home address:\n\nSố 7, ngõ 12 Láng Hạ\nphường Thành Công, quận Ba Đình\nHà Nội 100000\nVietnam\n\nThanks",
      ),
      ["Số 7, ngõ 12 Láng Hạ\nphường Thành Công, quận Ba Đình\nHà Nội 100000\nVietnam"],
    );
    assert.deepEqual(
      addresses(
        "Address:\nShiraz, Zand Street, Namazi Junction\nAlley Golestan, No. 8, Unit 2\nPostal Code 71348-1145\nIran\nMobile: 0917",
      ),
      ["Shiraz, Zand Street, Namazi Junction\nAlley Golestan, No. 8, Unit 2\nPostal Code 71348-1145\nIran"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a translation agency is sent (v168, v239): certificates typed out with their fields in the
// language they were issued in, driving licences field by field, court files quoted. Every value
// here is made up; none is in the PII corpus.

describe("certificates in their own language", () => {
  it("takes a birth date after its field's name in Serbian, Georgian, Lithuanian, Portuguese and Bulgarian", () => {
    const births = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH);
    assert.deepEqual(births("Датум и место рођења: 16.04.1986, Нови Сад"), ["16.04.1986"]);
    assert.deepEqual(births("დაბადების თარიღი: 18.08.1996"), ["18.08.1996"]);
    assert.deepEqual(births("Gimimo data: 1984-06-11"), ["1984-06-11"]);
    assert.deepEqual(births("Cônjuge 1: nascido em 26/05/1989, natural de Recife"), ["26/05/1989"]);
    assert.deepEqual(births("Дата на раждане: 07.05.1985"), ["07.05.1985"]);
  });

  it("takes a Ukrainian birth date that its words follow", () => {
    assert.deepEqual(
      valuesOf(
        "Бондар Олег Іванович\n05.11.1987 року народження, громадянин",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["05.11.1987"],
    );
  });

  it("takes names after Turkish, Polish, Italian and Vietnamese fields, and no field's name", () => {
    const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.deepEqual(persons("Soyadı: KARACA\nÖnceki Soyadı: ERTÜRK\nDoğum Yeri: KAYSERİ"), [
      "KARACA",
      "ERTÜRK",
    ]);
    assert.deepEqual(persons("Nazwisko: WIŚNIEWSKI\nImię (imiona): MAREK PAWEŁ\nPłeć: mężczyzna"), [
      "WIŚNIEWSKI",
      "MAREK PAWEŁ",
    ]);
    assert.deepEqual(persons("Conducente: ROMANO GENNARO, nato il 06/05/1998"), ["ROMANO GENNARO"]);
    assert.deepEqual(persons("Họ, chữ đệm, tên người mẹ: PHAN THỊ HOA\nNăm sinh: 1969"), ["PHAN THỊ HOA"]);
  });
});

describe("documents quoted for a translation", () => {
  const person = EntityType.ENTITY_TYPE_PERSON;
  const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
  const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("reads a driving licence's numbered fields", () => {
    const licence = [
      "1. HRYTSENKO / ГРИЦЕНКО",
      "2. MARTA",
      "3. 09.11.1990 M. POLTAVA",
      "4a. 12.03.2019   4b. 11.03.2049",
      "4c. ТСЦ 5312",
      "5. BXK 771203",
      "9. B",
    ].join("\n");
    assert.deepEqual(valuesOf(licence, birth), ["09.11.1990"]);
    assert.deepEqual(valuesOf(licence, id), ["BXK 771203"]);
    assert.ok(valuesOf(licence, person).includes("HRYTSENKO"));
    // Without the issue fields, a numbered list is no licence.
    assert.deepEqual(valuesOf("1. Anfrage\n3. 09.11.1990 eingegangen\n5. AB 12", birth), []);
  });

  it("takes birth dates in Polish, Spanish and Greek wording", () => {
    assert.deepEqual(valuesOf("syn Jan Nowicki, urodzony 7 marca 1984 r. w Lublinie", birth), [
      "7 marca 1984 r.",
    ]);
    assert.deepEqual(valuesOf("con DNI, nacido/a el 03/05/1991 en SEVILLA", birth), ["03/05/1991"]);
    assert.deepEqual(valuesOf("ΝΙΚΟΛΑΟΥ, γεννηθείσα 02.08.1987, im Reisepass", birth), ["02.08.1987"]);
  });

  it("takes a Russian passport's series and number and a Romanian card's", () => {
    assert.deepEqual(valuesOf("Серия и номер: 45 08 917364\nВыдан", id), ["45 08 917364"]);
    assert.deepEqual(valuesOf("născută în Iași, CI seria MX nr. 604218 ... ", id), ["MX nr. 604218"]);
  });

  it("takes a court's file after 'sygn. akt', a lawyer's initials before a full stop, a Turkish plate", () => {
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Sąd Rejonowy, sygn. akt II RC 318/24):", ticket), ["II RC 318/24"]);
    assert.deepEqual(valuesOf("unter Angabe unseres Zeichens 207/24 KL-mb.\nAnlagen", ticket), [
      "207/24 KL-mb",
    ]);
    assert.deepEqual(valuesOf("Plaka: 06 BRT 441\nMarka: Fiat", EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "06 BRT 441",
    ]);
  });

  it("takes names after Romanian and Turkish labels in capitals, after 'z domu' and 'Dña.'", () => {
    assert.deepEqual(valuesOf("Sahibi: YILDIRIM İSMAİL\nT.C. Kimlik No", person), ["YILDIRIM İSMAİL"]);
    assert.ok(valuesOf("jego matki Ewy Nowickiej z domu Zawadzka.", person).includes("Zawadzka"));
    assert.deepEqual(valuesOf("D./Dña. ELENA RUIZ MARÍN, con DNI", person), ["ELENA RUIZ MARÍN"]);
  });

  it("takes a Turkish town and province after the street", () => {
    assert.deepEqual(
      valuesOf("Adres: Atatürk Cad. No: 88 D:3, Çankaya / Ankara\n", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["Atatürk Cad. No: 88 D:3, Çankaya / Ankara"],
    );
  });
});

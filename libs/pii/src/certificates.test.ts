import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a translation agency is sent (v168): certificates typed out with their fields in the
// language they were issued in. Every value here is made up; none is in the PII corpus.

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

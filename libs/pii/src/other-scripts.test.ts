import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v64 showed: German and English mails whose writers give their names and
// addresses in their own scripts as well. Every value here is made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;
const ADDRESS = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const BIRTH = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("names in other scripts", () => {
  it("takes a name in its own script and its Latin twin in brackets on either side", () => {
    assert.deepEqual(valuesOf("Mein Name: Iryna Savchenko (Ірина Савченко), Kundennummer folgt", PERSON), [
      "Iryna Savchenko",
      "Ірина Савченко",
    ]);
    assert.deepEqual(valuesOf("Mit freundlichen Grüßen\nДмитро Ткаченко\n(Dmytro Tkachenko)", PERSON), [
      "Дмитро Ткаченко",
      "Dmytro Tkachenko",
    ]);
    assert.deepEqual(
      valuesOf("Mein Name Iryna Savchenko (Ірина Савченко) – auf Russisch (Ирина Савченко)", PERSON),
      ["Iryna Savchenko", "Ірина Савченко", "Ирина Савченко"],
    );
    assert.deepEqual(valuesOf("Tenant: Omar Rashid al-Tikriti (عمر رشيد التكريتي)", PERSON), [
      "Omar Rashid al-Tikriti",
      "عمر رشيد التكريتي",
    ]);
  });

  it("takes signatures in Greek, Hebrew, CJK, Hangul and Thai", () => {
    for (const name of ["Νίκος Αλεξίου", "דנה שפירא", "陈美玲", "小林 翔太", "최지훈", "김동현", "สมชาย ใจดี"])
      assert.deepEqual(valuesOf(`Kind regards,\n${name}\n+49 151 2233 4455`, PERSON), [name]);
  });

  it("takes the names a sentence in Cyrillic capitalizes, and a name called before a comma", () => {
    assert.deepEqual(valuesOf("Передай привет Оксане и Богдану, будь ласка.", PERSON), ["Оксане", "Богдану"]);
    assert.deepEqual(valuesOf("Танечко, телефон пише що SIM заблоковано.", PERSON), ["Танечко"]);
    assert.deepEqual(valuesOf("Я три раза звонила Вам вчера.", PERSON), []);
  });

  it("leaves greetings, thanks, forward separators, subjects, dates and sentences alone", () => {
    const quiet = [
      "Спасибо!\nБлагодаря – Ευχαριστώ – شكرا جزيلا – תודה רבה – 谢谢 – 감사합니다",
      "---------- Пересланное сообщение ----------\nТема: Посылка\nДата: 03.05.2024, 07:48",
      "日期：2024年3月2日 周六 21:14\n这是我的护照信息，你帮我办一下电话卡。",
      "חבל, אבל לא נורא.\nرقم هاتفي الجديد: +90 536 201 4478",
    ].join("\n");
    assert.deepEqual(valuesOf(quiet, PERSON).concat(valuesOf(quiet, ADDRESS)), []);
  });
});

describe("addresses and birth dates in other scripts", () => {
  it("takes addresses in Cyrillic, Greek, Hangul, Persian and Thai, over their lines", () => {
    for (const address of [
      "630102, г. Новосибирск, ул. Кирова, д. 12, кв. 4",
      "ул. „Васил Левски“ 18, ет. 3, 1000 София, България",
      "Οδός Πατησίων 88\n104 34 Αθήνα",
      "서울특별시 종로구 세종대로 175\n(03172) 대한민국",
      "تهران، خیابان آزادی، کوچه لاله، پلاک ۷، واحد ۲",
      "45/3 หมู่ 2 ถนนห้วยแก้ว ตำบลสุเทพ เชียงใหม่ 50200",
    ])
      assert.deepEqual(valuesOf(`Address:\n${address}\n\nThanks`, ADDRESS), [address]);
  });

  it("reads birth dates written with Hangul and CJK marks, a Thai month, or 'р.' after the year", () => {
    assert.deepEqual(valuesOf("Date of birth: 1996년 4월 21일", BIRTH), ["1996년 4월 21일"]);
    assert.deepEqual(valuesOf("出生日期：1975年11月3日", BIRTH), ["1975年11月3日"]);
    assert.deepEqual(valuesOf("Date of birth: 9 สิงหาคม 2534", BIRTH), ["9 สิงหาคม 2534"]);
    assert.deepEqual(valuesOf("geb. 11.04.1962 р.", BIRTH), ["11.04.1962 р."]);
  });
});

describe("a name spelled several ways (v139)", () => {
  it("takes a passport's capitals and a quoted spelling close to a name found in the mail", () => {
    const text =
      'Antragstellerin: Rana Al-Haddadi (im Pass: RANA ALHADDADI), geb. 04.02.1990.\nIm Arbeitsvertrag steht "Al-Hadadi", bitte korrigieren.';
    assert.deepEqual(valuesOf(text, PERSON), ["Rana Al-Haddadi", "RANA ALHADDADI", "Al-Hadadi"]);
  });

  it("takes no word in capitals that only looks like a name, nor a room's type", () => {
    const form = "Sehr geehrter Herr Walter Krzywinski,\n\nHALTER: siehe oben";
    assert.deepEqual(valuesOf(form, PERSON), ["Walter Krzywinski"]);
    const rooms = "Guest: Eli King\nKing\tEli\tKING\t04/11\n\nKING ACC = accessible room";
    assert.ok(!valuesOf(rooms, PERSON).includes("KING"));
  });
});

describe("addresses transliterated from other scripts (v139)", () => {
  it("reads Russian, Persian, Arabic and Chinese addresses by the words that name their parts", () => {
    for (const address of [
      "g. Sankt-Peterburg, Nevskiy pr., d. 82, kv. 14, 191025",
      "Esfahan, Chaharbagh-e Bala Ave., Kucheh 9, Pelak 31",
      "Homs, Hay al-Inshaat, Sharia al-Nasr, Gebäude 7",
      "Zhongshan South Street No. 5, Unit 3, Room 602, Haidian District, Beijing",
    ])
      assert.deepEqual(valuesOf(`Die alte Adresse:\n${address}\n\nDanke`, ADDRESS), [address], address);
  });
});

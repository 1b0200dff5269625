import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a shooting club and a hunting association are sent (v282): firearms and hunting licences
// in members' lists, letters to the board by its offices. Every value here is made up; none is in
// the PII corpus.

describe("firearms and hunting licences", () => {
  it("takes a firearms licence's district, number and year", () => {
    const text = "Die Waffe ist eingetragen in seiner WBK GL 2011/0417. Die Behörde weiß Bescheid.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["GL 2011/0417"]);
    const list = "- Berger Tanja, WBK SU-WBK-204/2015\n- Jahresjagdschein: HSK-0871/1992";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "SU-WBK-204/2015",
      "HSK-0871/1992",
    ]);
  });

  it("takes British firearm and shotgun certificates and a Dutch hunting licence", () => {
    const text = "my certificates (FAC LE 40318 / SGC LE 51276) are attached";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["LE 40318", "LE 51276"]);
    assert.deepEqual(valuesOf("jachtakte KL 207-3391\nAuto", EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "KL 207-3391",
    ]);
  });

  it("keeps a number of three groups whole", () => {
    const text = "Tazkira (electronic) no. 1398-0202-51734, issued in Herat";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["1398-0202-51734"]);
  });
});

describe("letters to a club's board", () => {
  it("takes no office greeted for a name", () => {
    for (const greeting of [
      "Liebe Vorstandskollegen,\n\nanbei",
      "Dear Treasurer,\n\nplease",
      "Liebe Hegeringleiter,\n\nanbei",
    ])
      assert.deepEqual(valuesOf(greeting, EntityType.ENTITY_TYPE_PERSON), [], greeting);
  });
});

describe("a hunting association's members and authorities (v508)", () => {
  it("takes a member's number alone in brackets, not a year", () => {
    const text = "Ich bin nur einmal Mitglied (20731), mein Mann seit Jahren Mitglied (2019 eingetreten).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["20731"]);
  });

  it("takes an Austrian authority's file after 'Zahl:'", () => {
    const text = "Überprüfung gem. § 25 WaffG - Zahl: WaffR-2024-204117\nDie Zahl: 12 Teilnehmer";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["WaffR-2024-204117"]);
  });
});

describe("an Austrian and a Bavarian shooting club (v554)", () => {
  it("reads 'Obmann' as the chairman's office, not his name", () => {
    const text = "Sehr geehrter Herr Obmann,\n\nz. H. Herrn Obmann Ing. Wolfgang Hörl";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Wolfgang Hörl"]);
  });

  it("takes a firearms card's number whole, its district's letters and year with it", () => {
    const text =
      "Die Waffenbesitzkarte (Nr. KU 006233/2017) ist unbefristet.\nWaffenbesitzkarte: Nr. GR-WBK 01/118392";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "KU 006233/2017",
      "GR-WBK 01/118392",
    ]);
  });

  it("takes the names a member's column gives instead of numbers", () => {
    const text = [
      "Mitglied              | IBAN                        | Betrag",
      "Papadakis, D.         | DE33 7119 0000 3690 6564 65 | 96,00",
      "Kowalczyk, Paweł      | DE89 7019 0000 9455 6676 74 | 144,00",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Papadakis, D.", "Kowalczyk, Paweł"]);
  });
});

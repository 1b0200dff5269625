import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v29 (a car dealer), v30 (a tour operator) and v31 (debt collection)
// showed. Every value here is made up; none is in the PII corpus.

const all = (text: string) => detectEntities(text).map((entity) => entity.value);

describe("licence plates of more countries and lists", () => {
  const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

  it("takes Dutch and French plates by their three groups, but not article numbers", () => {
    assert.deepEqual(valuesOf("the vans (R-317-KT and ZLB-40-D) need tyres", plate), [
      "R-317-KT",
      "ZLB-40-D",
    ]);
    assert.deepEqual(valuesOf("Gegner: GH-804-PX, Versicherung MAIF", plate), ["GH-804-PX"]);
    assert.deepEqual(valuesOf("2 Bänke (Art.-Nr. KB-210-EI) in Eiche", plate), []);
  });

  it("takes a British plate with its space without a vehicle word, in capitals and lower case", () => {
    assert.deepEqual(valuesOf("Re: claim 4471 – policyholder – BK71 WRD", plate), ["BK71 WRD"]);
    assert.deepEqual(valuesOf("returned the Corsa (yh20 ptc) last night", plate), ["yh20 ptc"]);
    assert.deepEqual(valuesOf("i rented a car reg mk 21 zfo at the airport", plate), ["mk 21 zfo"]);
  });

  it("takes a plate that opens a list line before the vehicle, and one spelled out", () => {
    const list =
      "Trade-ins:\nhb tq3307  – Golf 7 Variant, 140tkm\nkrsa42     – Ford Focus\n- G-40917 K (Skoda Kodiaq, driver)";
    assert.deepEqual(valuesOf(list, plate), ["hb tq3307", "krsa42", "G-40917 K"]);
    assert.deepEqual(valuesOf("den Caddy mit dem Kennzeichen R T K 5 0 2 und", plate), ["R T K 5 0 2"]);
    assert.deepEqual(valuesOf("Kostenvoranschlag, Kz. LU MK 318.", plate), ["LU MK 318"]);
  });

  it("leaves a company register and a flight home alone", () => {
    assert.deepEqual(valuesOf("Mietwagen abgeholt, Amtsgericht Bonn HRB 20931", plate), []);
    assert.deepEqual(valuesOf("Mietwagen VW Polo, bei der Rückkehr (EW 9120 aus Palma)", plate), []);
  });
});

describe("travel: passengers, frequent flyers and documents", () => {
  it("takes birth dates in passenger lines, airline style and after a Turkish keyword", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    const list = "PHAM/QUANG MINH MR   – 21.03.1976 – VN passport\nPHAM/AN MSTR   – 04.07.2017 – DE";
    assert.deepEqual(valuesOf(list, birth), ["21.03.1976", "04.07.2017"]);
    assert.deepEqual(valuesOf("OWUSU/ESI MS   DOB 09NOV1985   PP 7714", birth), ["09NOV1985"]);
    assert.deepEqual(valuesOf("Babam Mehmet Kaya, doğum tarihi 02.08.1949, gelir", birth), ["02.08.1949"]);
    assert.deepEqual(valuesOf("Vertrag Kaya – 01.10.1999 – 30.09.2004 gelaufen", birth), []);
  });

  it("takes frequent flyer and BahnCard numbers, also in a table column", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("- Miles & More Senator: 992 118 204 663 701\n", customer), [
      "992 118 204 663 701",
    ]);
    assert.deepEqual(valuesOf("BahnCard-50-Nr. 7081 2204 9913 0562\n", customer), ["7081 2204 9913 0562"]);
    const table = "Name | Miles & More | Sitz\nKOCH/ELIAS MR | 992 207 551 018 334 | Gang\n";
    assert.deepEqual(valuesOf(table, customer), ["992 207 551 018 334"]);
    assert.deepEqual(valuesOf("Miles & More Prämie für 20.000 Meilen", customer), []);
  });

  it("takes passports named in other languages, an Italian VAT id with a space, a case reference", () => {
    assert.deepEqual(valuesOf("Teresa Nowak, Paszport EZ 5512084\n", EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "EZ 5512084",
    ]);
    assert.deepEqual(valuesOf("MwSt.-Nr. IT 02815530219\n", EntityType.ENTITY_TYPE_VAT_ID), [
      "IT 02815530219",
    ]);
    assert.deepEqual(
      valuesOf("Betreff: Ihr Anliegen KLR-220914-Q7X2\n", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["KLR-220914-Q7X2"],
    );
  });

  it("reads names in airline form with a particle, after t.n.v. and after a self-introduction", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Teachers: VAN DAMME/LIEVE MRS, PEETERS/JAN MR", person), [
      "VAN DAMME/LIEVE",
      "PEETERS/JAN",
    ]);
    assert.deepEqual(valuesOf("NL20 INGB 0001 2345 67\nt.n.v. R.J. de Wit\n", person), ["R.J. de Wit"]);
    assert.deepEqual(valuesOf("hi this is Tevita Fifita i rented a van", person), ["Tevita Fifita"]);
    assert.deepEqual(valuesOf("Hello, this is Customer Service at Acme", person), []);
  });

  it("leaves hotels, months after a day and no-reply senders alone", () => {
    assert.deepEqual(all("Hotel Bella Marina, 5 Nächte, Out 28 Jan | Back 31 Jan"), []);
    assert.deepEqual(all("From: Toll Notice <noreply@tolls.example>"), ["noreply@tolls.example"]);
    assert.deepEqual(all("Von: Vermietung Köln <vermietung.koeln@autohaus.example>"), [
      "vermietung.koeln@autohaus.example",
    ]);
  });
});

describe("debt collection: file numbers, loans, old bank details", () => {
  const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

  it("takes a file number with initials after it, after Az without a dot, and with letters before the year", () => {
    assert.deepEqual(valuesOf("Unser Zeichen: 512/24 KM/ab\nIhr Zeichen", ticket), ["512/24 KM/ab"]);
    assert.deepEqual(valuesOf("Unser Zeichen: VU 207/24 RT\n", ticket), ["VU 207/24 RT"]);
    assert.deepEqual(valuesOf("beim Nachlassgericht (Az 14 VI 2208/23), anbei", ticket), ["14 VI 2208/23"]);
    assert.deepEqual(valuesOf("Unser Zeichen: KL-MZ 2024/0931\n\nNach", ticket), ["KL-MZ 2024/0931"]);
    assert.deepEqual(valuesOf("Betreff: Anhörung – Az. OWi 2290/24\n", ticket), ["OWi 2290/24"]);
    assert.deepEqual(all("der Vertrag läuft noch 2024/25 weiter"), []);
  });

  it("takes a prosecutor's register of two letters before the number and year", () => {
    assert.deepEqual(valuesOf("die Anzeige hat das Aktenzeichen Js 3318/25-KR. Bitte", ticket), [
      "Js 3318/25-KR",
    ]);
    assert.deepEqual(valuesOf("Aktenzeichen: St 612/24\n", ticket), ["St 612/24"]);
    assert.deepEqual(valuesOf("Aktenzeichen am 2024/25 geändert", ticket), []);
  });

  it("takes a handler's initials with an umlaut after the number and year, never a small word", () => {
    assert.deepEqual(valuesOf("unser Zeichen: 318/25 BÜ\n\nin obiger", ticket), ["318/25 BÜ"]);
    assert.deepEqual(all("die Heizkostenabrechnung 2023/24 für meine Wohnung"), []);
  });

  it("takes the court's number and the prosecutor's written as one", () => {
    assert.deepEqual(valuesOf("Aktenzeichen: 3 Ds 214 Js 10977/25\n(bitte stets angeben)", ticket), [
      "3 Ds 214 Js 10977/25",
    ]);
  });

  it("takes loan, invoice and contract numbers and a trailing check letter", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("I had a consumer loan (KR-B-71 220 918) with them", contract), [
      "KR-B-71 220 918",
    ]);
    assert.deepEqual(valuesOf("Ihr Zeichen: Darlehen 5200 8814 207\n", contract), ["5200 8814 207"]);
    assert.deepEqual(valuesOf("Versicherung: MAIF, Vertrags-Nr. 2210774 B\n", contract), ["2210774 B"]);
    assert.deepEqual(
      valuesOf("Telekom | Rg.-Nr. TK-8812-44019 | 54,10 €", EntityType.ENTITY_TYPE_INVOICE_NUMBER),
      ["TK-8812-44019"],
    );
    assert.deepEqual(all("Darlehen über 10.000 EUR, Rechnung 12345 EUR"), []);
  });

  it("takes a bank code beside an old account number, and leaves amounts and regulators alone", () => {
    assert.deepEqual(valuesOf("Kontonummer 771 204 900, BLZ 370 501 98.", EntityType.ENTITY_TYPE_BIC), [
      "370 501 98",
    ]);
    const plan = "Gläubiger | Az./Kennung | Forderung\nVersand GmbH | Kd.-Nr. 61 220 731 | 1.077,40 €\n";
    assert.deepEqual(valuesOf(plan, EntityType.ENTITY_TYPE_ORDER_NUMBER), []);
    assert.deepEqual(all("regulated by the Solicitors Regulation Authority (SRA number 771204)"), []);
  });

  it("reads initials before a name after a label, and a care home's line above its street", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Account name: R T Whitmore\nBank: Lloyds", person), ["R T Whitmore"]);
    assert.deepEqual(valuesOf("Account holder: A.K. Boateng\nIBAN", person), ["A.K. Boateng"]);
    const address =
      "Betreuter: Herr Krüger\nWohnstätte Birkenhof, Haus 2\nBirkenweg 14\n34131 Kassel\n\nSehr";
    assert.deepEqual(valuesOf(address, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Wohnstätte Birkenhof, Haus 2\nBirkenweg 14\n34131 Kassel",
    ]);
    const romanian =
      "Ion Popa\nStr. Mihai Viteazu nr. 12, bl. C4, ap. 7\n400112 Cluj-Napoca\nRomânia\n\nBitte";
    assert.deepEqual(valuesOf(romanian, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Str. Mihai Viteazu nr. 12, bl. C4, ap. 7\n400112 Cluj-Napoca\nRomânia",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a music school's office is sent (v179): lists of pupils a line each, parents' warm mails;
// and its instrument rental (v240): a rental named by the code in brackets after it, lists of
// children's instruments. Every value here is made up; none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("a list of pupils", () => {
  it("takes the birth date among the fields after each pupil's name", () => {
    const list = [
      "Schülerliste Blockflöte:",
      "Greta Lindholm – Blockflöte – 07.05.2016",
      "Mateo Quintero / Altflöte / 21847 / 17.11.2013",
      "Oduya, Kemi (21850), Blockflöte, 26.02.2012, 10 %",
    ].join("\n");
    assert.deepEqual(valuesOf(list, birth), ["07.05.2016", "17.11.2013", "26.02.2012"]);
  });

  it("leaves a chat's timestamps, a period's end and a single row alone", () => {
    const chat = ["Timo Wendeborn, [14.03.2019 09:15]", "Selin Okyay, [14.03.2019 09:20]"].join("\n");
    assert.deepEqual(valuesOf(chat, birth), []);
    const periods = ["Greta Lindholm – AU 05.02.–23.02.2019", "Mateo Quintero – AU 12.02.–01.03.2019"].join(
      "\n",
    );
    assert.deepEqual(valuesOf(periods, birth), []);
    assert.deepEqual(valuesOf("Greta Lindholm – Blockflöte – 07.05.2016", birth), []);
  });
});

describe("a child's age and birthday", () => {
  // The ages are counted from this year, so the test reads the same in any year.
  const bornYearsAgo = (years: number) => new Date().getFullYear() - years;

  it("takes a date as many years back as the age said before it", () => {
    const nine = bornYearsAgo(9);
    assert.deepEqual(valuesOf(`She's 9 (4 August ${nine}) and the quiet one of the two.`, birth), [
      `4 August ${nine}`,
    ]);
    const seventeen = bornYearsAgo(17);
    assert.deepEqual(valuesOf(`Im Mai wird sie 17 (am 3. Mai ${seventeen}, kaum zu glauben).`, birth), [
      `3. Mai ${seventeen}`,
    ]);
  });

  it("leaves a date that does not fit the age, or no person's", () => {
    assert.deepEqual(valuesOf(`She's 9 (since 4 August ${bornYearsAgo(3)} in the choir).`, birth), []);
    assert.deepEqual(valuesOf(`Room 4 is 12 (booked 21.03.${bornYearsAgo(12)}).`, birth), []);
  });
});

const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;

describe("a rental's or a policy's code in brackets", () => {
  it("is a contract's number a few words after the rental, contract or policy it numbers", () => {
    assert.deepEqual(valuesOf("please end the viola rental (LV-4183). Thanks", contract), ["LV-4183"]);
    assert.deepEqual(valuesOf("die Harfenmiete meiner Tochter Ida (HM-5520) bitte kündigen", contract), [
      "HM-5520",
    ]);
    assert.deepEqual(valuesOf("Der Leasingvertrag läuft auf mich (LV 2290 4471 18, Filiale Ost)", contract), [
      "LV 2290 4471 18",
    ]);
    assert.deepEqual(valuesOf("über unsere Hausratversicherung (HRV 5509172) melden", contract), [
      "HRV 5509172",
    ]);
  });

  it("is not a standard's or a short number's", () => {
    assert.deepEqual(valuesOf("the rental case (HX 2019) is blue", contract), []);
    assert.deepEqual(valuesOf("Mietvertrag nach (BGB 53511) geprüft", contract), []);
  });
});

describe("a list of children's rentals", () => {
  it("reads the contract column beside a column of children", () => {
    const list = [
      "  Child     Instrument      Serial no.       Rental contract",
      '  Tilda     Viola 15"       VA-2201-C        RC-7710',
      "  Jonas     Flute           FL7720011        RC-7725",
    ].join("\n");
    assert.deepEqual(valuesOf(list, contract), ["RC-7710", "RC-7725"]);
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), ["Tilda", "Jonas"]);
  });
});

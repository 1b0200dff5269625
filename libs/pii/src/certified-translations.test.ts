import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a certified translation office is sent (v515, v703): certificates retyped, clients writing in a
// second language, courts' letters citing the law. Every value here is made up; none is in the PII
// corpus.

describe("certificates and clients' mails to a translation office", () => {
  it("takes children's birth dates written the ISO way after their names", () => {
    const text = "Children:\n- Samir Haddad 2013-04-17\n- Leyla Haddad 2016-10-02";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["2013-04-17", "2016-10-02"]);
  });

  it("takes a street named after a day in a signature", () => {
    const text = "Many thanks\nTran Van Long\nStraße des 17. Juni 84, 10623 Berlin";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Straße des 17. Juni 84, 10623 Berlin",
    ]);
  });

  it("leaves the numbers of the European Union's acts alone", () => {
    const text =
      "Die Zustellung soll gem. Art. 8 VO (EU) 2020/1784 erfolgen, die Anerkennung nach Regulation (EU) No 1215/2012.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("takes a sign-in code of mixed case in a mail about it", () => {
    const text = "i cant log in to upload the scans, the code from the SMS Rt4-9kWz is refused every time.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["Rt4-9kWz"]);
  });

  it("takes a name in capitals, family names first, after 'name in passport'", () => {
    const text =
      "Please use the spelling of my passport.\nMy name in passport: SANTOS REYES, ANA LUCIA\nThank you";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["SANTOS REYES, ANA LUCIA"]);
  });
});

describe("documents listed for a certified translation", () => {
  it("takes an Italian birth date after 'nata a <town> il'", () => {
    const text = "Giulia Ferraro, nata a Reggio Calabria il 07/03/1986 (estratto dell'atto di nascita)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["07/03/1986"]);
  });

  it("takes a CPF a few words after its name", () => {
    const text = "The CPF on the birth certificate is 528.374.190-61, should it be translated?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TAX_ID), ["528.374.190-61"]);
  });

  it("takes an authority's file number with a long serial", () => {
    const text = "(Spätaussiedlerverfahren, Az. III B 5 – 3019284/23) brauche ich die Übersetzung.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["III B 5 – 3019284/23"]);
  });
});

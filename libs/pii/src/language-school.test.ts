import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a language school's students and host families write (v204): birth dates in two calendars,
// host families named by their family's word, passport numbers in two groups; and what an
// integration course provider is sent (v263). Every value here is made up; none is in the PII
// corpus.

const birthDate = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const person = EntityType.ENTITY_TYPE_PERSON;
const idDocument = EntityType.ENTITY_TYPE_ID_DOCUMENT;

describe("a birth date given again in the calendar of the writer's country", () => {
  it("takes the date in the bracket after it, named by its calendar", () => {
    assert.deepEqual(valuesOf("Date of birth: 14/02/1997 (Hijri 07/10/1417)\nPlace: Taif", birthDate), [
      "14/02/1997",
      "07/10/1417",
    ]);
    assert.deepEqual(valuesOf("born 02/05/1999 (in persian calendar 1378/02/12).", birthDate), [
      "02/05/1999",
      "1378/02/12",
    ]);
  });
});

describe("a host family", () => {
  it("takes the name after 'Gastfamilie', 'Pflegefamilie', 'host family' and 'in family'", () => {
    assert.deepEqual(valuesOf("Unterkunft: Gastfamilie Wetterich, ab 3. Juni", person), ["Wetterich"]);
    assert.deepEqual(valuesOf("die Pflegefamilie Arslan hat angerufen", person), ["Arslan"]);
    assert.deepEqual(valuesOf("my accommodation is with host family Thornbury, near the tram", person), [
      "Thornbury",
    ]);
  });
});

describe("a passport's number in two groups", () => {
  it("takes a short group and a long one after the keyword", () => {
    assert.deepEqual(valuesOf("Old passport: 81 5529304\nNew passport: 82 0617735", idDocument), [
      "81 5529304",
      "82 0617735",
    ]);
  });
});

describe("a name in capitals, as a bank's or an authority's system writes it", () => {
  it("takes it after a greeting or a salutation, every word of it", () => {
    assert.deepEqual(valuesOf("Dear AKOSUA MENSAH-BOATENG,\n\nYour transfer has arrived.", person), [
      "AKOSUA MENSAH-BOATENG",
    ]);
    assert.deepEqual(valuesOf("Sehr geehrter Herr WOJTASZEK,\nanbei Ihre Bescheinigung.", person), [
      "WOJTASZEK",
    ]);
  });

  it("reads no salutation in a unit glued to a number, nor a lawyer's title as a name", () => {
    assert.deepEqual(valuesOf("Antwort von 10.0.0.1: Bytes=32 Zeit=34ms TTL=54", person), []);
    assert.deepEqual(valuesOf("an meinen Anwalt, Herrn RA Dr. Quentin Albrecht, weitergeleitet", person), [
      "Quentin Albrecht",
    ]);
  });
});

describe("an integration course's papers (v263)", () => {
  const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

  it("takes an entitlement's number after 'Berechtigung:', a court's file with its suffix, a lawyer's initials", () => {
    assert.deepEqual(valuesOf("Nummer der Teilnahmeberechtigung: 552-7M-25-01834\nLeistung", ticket), [
      "552-7M-25-01834",
    ]);
    assert.deepEqual(valuesOf("Az. VG Gießen: 4 K 2217/24.GI.A\nunser Zeichen: 88/25 Ko/mb\n", ticket), [
      "4 K 2217/24.GI.A",
      "88/25 Ko/mb",
    ]);
  });
});

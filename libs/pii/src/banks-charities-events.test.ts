import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v35 (a retail bank), v36 (a charity) and v37 (a fitness chain and event
// ticketing) showed. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

describe("a bank's mail", () => {
  it("takes a UK account number but not its sort code, a BIC below a label, an id compound", () => {
    assert.deepEqual(valuesOf("sort code 40-12-33, account 71234560", EntityType.ENTITY_TYPE_IBAN), [
      "71234560",
    ]);
    assert.deepEqual(valuesOf("Sort code: 40-12-33\nthanks", EntityType.ENTITY_TYPE_IBAN), []);
    const transfer = "Beneficiary account: DE89 3704 0044 0532 0130 00\nBeneficiary bank:    COBADEFFXXX";
    assert.deepEqual(valuesOf(transfer, EntityType.ENTITY_TYPE_BIC), ["COBADEFFXXX"]);
    assert.deepEqual(valuesOf("Meine Legitimations-ID ist 6612 0093 41.", ticket), ["6612 0093 41"]);
    assert.deepEqual(valuesOf("Gläubiger-ID DE12ZZZ00000012345", ticket), []);
  });

  it("takes guardianship and enforcement court numbers, and a tax id after 'meine ist'", () => {
    assert.deepEqual(valuesOf("(Az. 712 XVII K 2041) liegt bei", ticket), ["712 XVII K 2041"]);
    assert.deepEqual(valuesOf("Beschluss, Az. 43b M 1187/24, mit", ticket), ["43b M 1187/24"]);
    assert.deepEqual(
      valuesOf(
        "Seine Steuer-ID war 52 803 917 446, meine ist 60 118 427 395.",
        EntityType.ENTITY_TYPE_TAX_ID,
      ),
      ["52 803 917 446", "60 118 427 395"],
    );
  });

  it("reads no order numbers from a statement's date columns or its rows", () => {
    const statement =
      "Belegdatum | Buchungsdatum | Händler | Betrag\n03.04. | 04.04. | BOOKING.COM HOTEL | 412,60\n05.04. | 06.04. | GEBÜHR 1,75% | 3,79";
    assert.deepEqual(valuesOf(statement, EntityType.ENTITY_TYPE_ORDER_NUMBER), []);
  });

  it("keeps a floor with its street, and leaves firms of partners and a quarter alone", () => {
    assert.deepEqual(
      valuesOf("3rd Floor, 22 Mill Street\nLondon SE1 2BB", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["3rd Floor, 22 Mill Street\nLondon SE1 2BB"],
    );
    assert.deepEqual(valuesOf("Regards,\nNadia Haddad\nSolicitor\nHaddad Sterling LLP", person), [
      "Nadia Haddad",
    ]);
    assert.deepEqual(valuesOf("Helen Okafor, Partner\nOkafor & Reid LLP", person), ["Helen Okafor"]);
    assert.deepEqual(valuesOf("Verwendungszweck Restbetrag Q3/2025", ticket), []);
  });
});

describe("a charity's and a ticket shop's mail", () => {
  const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

  it("takes a class list's birth dates to its end, and no death date after a birth date", () => {
    const list =
      "für jedes Kind eine Urkunde. Hier die Liste:\n\n1. Mara Lenz, 02.03.2014\n2. Tim Roth, 17.08.2014\n3. Ida Kern, 30.01.2014\n4. Ole Marx, 11.06.2014\n5. Jan Vogt, 25.12.2013\n6. Eva Haas, 04.10.2014\n7. Lea Graf, 19.04.2014";
    assert.equal(valuesOf(list, birth).length, 7);
    assert.deepEqual(valuesOf("Mutter, geb. 07.04.1951, am 26.04.2024 im Klinikum verstorben", birth), [
      "07.04.1951",
    ]);
  });

  it("takes recovery codes after 'sind' and ticket barcodes", () => {
    const codes =
      "die Wiederherstellungscodes von damals. Die ersten beiden sind 7KQ2-M9XD und P4TR-8WZN – danke";
    assert.deepEqual(valuesOf(codes, EntityType.ENTITY_TYPE_SECRET), ["7KQ2-M9XD", "P4TR-8WZN"]);
    assert.deepEqual(valuesOf("Barcode: 4920 1187 3365 0021", ticket), ["4920 1187 3365 0021"]);
  });

  it("leaves project codes, sizes, start numbers and a firm's mailbox alone", () => {
    assert.deepEqual(
      valuesOf("Projekt „Schulbank“ (Projektcode MW-EDU-09)", EntityType.ENTITY_TYPE_SECRET),
      [],
    );
    assert.deepEqual(valuesOf("Kinderlauf, Kids 146/152, Startnummer 1187", ticket), []);
    assert.deepEqual(valuesOf("Von: Payvant Disputes <disputes@payvant.eu>", person), []);
    assert.deepEqual(valuesOf("Hi Sunbridge partnerships team,", person), []);
    assert.deepEqual(valuesOf("Username is kwame_b, password was", person), []);
  });
});

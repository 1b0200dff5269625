import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a fuel card provider is sent (v294): fleet managers' lists of vehicles, drivers and cards.
// Every value here is made up; none is in the PII corpus.

describe("fleet lists", () => {
  it("takes a column of fuel cards by its header, whatever their issuer's digits", () => {
    const list = [
      "Kennzeichen | Fahrer | Kartennummer | PIN-Reset",
      "EL-TS 207 | Jörg Wiechmann | 7004 2231 0847 1155 | ja",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CREDIT_CARD), ["7004 2231 0847 1155"]);
  });

  it("takes no card its issuer masked, nor a card's last digits alone, nor an ID card's number", () => {
    const list = ["Name | Kartennummer | Datum", "Hanna Roloff | 4815 36** **** 3508 | 14.03.2024"].join(
      "\n",
    );
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CREDIT_CARD), []);
    const last = ["Fahrer | Card no. | Betrag", "Hanna Roloff | 3508 | 84,20"].join("\n");
    assert.deepEqual(valuesOf(last, EntityType.ENTITY_TYPE_CREDIT_CARD), []);
    const ids = ["No. | Name | ID card no. | Room", "1 | Roloff Hanna | KTR 504718 | DBL"].join("\n");
    assert.deepEqual(valuesOf(ids, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["KTR 504718"]);
  });
});

describe("a petrol station chain's fleet cards and Polish accounts (v579)", () => {
  it("takes a fuel card of eighteen or nineteen digits by its Luhn digit, without a keyword", () => {
    const text =
      "Skradziono kartę. Numer karty: 7080 4175 8420 0041 13, Auto DW 8L340.\n\n    7002 2998 5866 7468 201";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CREDIT_CARD), [
      "7080 4175 8420 0041 13",
      "7002 2998 5866 7468 201",
    ]);
  });

  it("leaves a card's last digits after one star alone", () => {
    const text = [
      "| Date       | Station               | Card  | Plate        | Driver       |",
      "|------------|-----------------------|-------|--------------|--------------|",
      "| 04.11.2024 | Katowice A4 (1180)    | *7702 | SK 4R718     | Tomasz Mazur |",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CREDIT_CARD), []);
  });

  it("takes a Polish account number in its domestic form where its check digits hold", () => {
    const text =
      "Konto:\n09 1020 1026 1698 0472 2625 1619 (PKO BP)\nnot this: 10 1020 1026 1698 0472 2625 1619";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_IBAN), ["09 1020 1026 1698 0472 2625 1619"]);
  });
});

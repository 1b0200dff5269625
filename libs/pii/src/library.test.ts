import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a public library's desk gets (v213): readers quote their card's number. Every value here
// is made up; none is in the PII corpus.

describe("a library card's number", () => {
  const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

  it("follows the card's name in English", () => {
    assert.deepEqual(valuesOf("Can you renew them? My library card is K0072 5519 03, thanks", customer), [
      "K0072 5519 03",
    ]);
    assert.deepEqual(valuesOf("reader card no. 6631 2048 17 – the boys' books", customer), ["6631 2048 17"]);
    assert.deepEqual(valuesOf("Borrower number: 20048813", customer), ["20048813"]);
  });

  it("follows the reader's card in German, as one word or with its number's label", () => {
    assert.deepEqual(valuesOf("Leserausweis: 3304 1187 2260", customer), ["3304 1187 2260"]);
    assert.deepEqual(valuesOf("Bibliotheksausweis-Nr. 0917 5532 48 gesperrt?", customer), ["0917 5532 48"]);
  });

  it("takes a number after 'Ausweis', with its short last group, or where it is kept", () => {
    const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;
    assert.deepEqual(valuesOf("Viele Grüße\nAusweis 4108 2276 5593 17", id), ["4108 2276 5593 17"]);
    assert.deepEqual(valuesOf("Ausweis 4108 2276 5593 ab 12.03. gesperrt", id), ["4108 2276 5593"]);
    assert.deepEqual(valuesOf("ich habe schon einen Ausweis bei Ihnen (Nr. 5520 1934 0066).", id), [
      "5520 1934 0066",
    ]);
  });
});

describe("a delivery round's readers", () => {
  it("takes the names in a column headed by the readers' role, and each row's address apart", () => {
    const table = [
      "Nr | Leser/in | Adresse | Telefon",
      "1 | Gerlinde Staufer | Bachgasse 4, 76149 Karlsruhe | 0721 558201",
      "2 | Waldemar Quint | Am Anger 17, 76149 Karlsruhe | 0721 667310",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), ["Gerlinde Staufer", "Waldemar Quint"]);
    const remarks = [
      "Nr | Leser/in | Bemerkung",
      "1 | Quastenberg, Ilvy | nur Großdruck",
      "2 | Tjarks, Wubbo | CD",
    ];
    assert.deepEqual(valuesOf(remarks.join("\n"), EntityType.ENTITY_TYPE_PERSON), [
      "Quastenberg, Ilvy",
      "Tjarks, Wubbo",
    ]);
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Bachgasse 4, 76149 Karlsruhe",
      "Am Anger 17, 76149 Karlsruhe",
    ]);
  });
});

describe("a reading's author", () => {
  it("takes the name after the author's role, set off by commas too", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Our author, Tobe Nwachinemere, will read for half an hour.", person), [
      "Tobe Nwachinemere",
    ]);
    assert.deepEqual(valuesOf("Unsere Autorin, Ilva Quastenbrink, liest aus ihrem neuen Buch.", person), [
      "Ilva Quastenbrink",
    ]);
  });
});

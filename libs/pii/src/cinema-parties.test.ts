import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cinema chain's customer service is sent (v498): birthday parties, class bookings,
// loyalty cards, Irish schools. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("birthday parties and loyalty cards", () => {
  it("takes a birthday's day without its year", () => {
    const texts = [
      "Unser Sohn Malte wird am 14. April acht (kaum zu glauben).",
      "Ida hat eigentlich schon am 03.06. Geburtstag, falls es da was gibt.",
    ];
    assert.deepEqual(
      texts.map((text) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH)),
      [["14. April"], ["03.06."]],
    );
  });

  it("takes no delivery's day before a count as a birthday", () => {
    const text = "Die Lieferung wird am 23. März 12 Paletten umfassen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });

  it("takes a club card's number, the label's optional part left out too", () => {
    const texts = [
      "Clubkarte: 5021 7730 4418",
      "Sie hat eine Kids-Clubkarte (5021 9904 2271).",
      "meine Bonuskarte 6630 1844 0027",
    ];
    assert.deepEqual(
      texts.map((text) => valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER)),
      [["5021 7730 4418"], ["5021 9904 2271"], ["6630 1844 0027"]],
    );
  });

  it("takes no Swiss fine as a bus", () => {
    const text = "Kontrollschild ZH 4471\nBusse: CHF 40.00";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["ZH 4471"]);
  });

  it("takes no feast after 'zu' as a family name", () => {
    const text = "Wir möchten für unsere Mitarbeiter zu Weihnachten 35 Gutscheine bestellen.";
    assert.deepEqual(valuesOf(text, person), []);
  });

  it("takes an Irish family name whose particle mutates it", () => {
    const text = "Go raibh maith agat,\nCiarán Ó hAnluain\nPríomhoide / Principal";
    assert.deepEqual(valuesOf(text, person), ["Ciarán Ó hAnluain"]);
  });

  it("takes no cinema as a person", () => {
    const text = "From: Lumen Cinemas <club@lumencinemas.ie>\nValid for 30 days at any Lumen Cinema.";
    assert.deepEqual(valuesOf(text, person), []);
  });

  it("takes an initial and a known family name signed in lower case", () => {
    const text = "der geburtstag fällt aus. danke. gruß t. brandt";
    assert.deepEqual(valuesOf(text, person), ["t. brandt"]);
    assert.deepEqual(valuesOf("lg m. wegen morgen", person), []);
  });
});

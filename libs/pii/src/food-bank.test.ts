import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a food bank gets (v471): customers' cards by their codes, in prose and in lists. Every
// value here is made up; none is in the PII corpus.

const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

describe("a food bank's customer card", () => {
  it("takes the card's code after card, Karte or Kundin", () => {
    assert.deepEqual(valuesOf("Bitte ändern auf karte WB-0391. Danke", customer), ["WB-0391"]);
    assert.deepEqual(valuesOf("my card is WB 2207 please dont cancel it", customer), ["WB 2207"]);
    assert.deepEqual(valuesOf("Betreff: Kundin LZ-0144 – Bescheid abgelaufen", customer), ["LZ-0144"]);
  });

  it("leaves a long number on a card, and a code going on in digits, to other rules", () => {
    assert.deepEqual(valuesOf("the serial on the card is 8944 1100 2233 4455 667", customer), []);
    assert.deepEqual(valuesOf("Kunde AB 1234 5678 9012 hat angerufen", customer).includes("AB 1234"), false);
  });

  it('reads a list\'s card column, under "Card no." or "Karte", as customers\' numbers', () => {
    const list = [
      "Card no.   | Household          | Size",
      "WB-0502    | Njoroge, Grace     | 4",
      "WB-0517    | Rahimi, Omid       | 1",
    ];
    assert.deepEqual(valuesOf(list.join("\n"), customer), ["WB-0502", "WB-0517"]);
    const liste = [
      "Nr. | Name              | Karte     | Bescheid bis",
      "1   | Aydın, Emine      | LZ-0412   | 31.01.",
    ];
    assert.deepEqual(valuesOf(liste.join("\n"), customer), ["LZ-0412"]);
  });
});

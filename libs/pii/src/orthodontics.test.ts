import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an orthodontic practice gets (v229): parents listing their children with a birth date
// each, and insurers' letters. Every value here is made up; none is in the PII corpus.

describe("a birth date right after a name", () => {
  const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

  it("is taken when its year lies some years back", () => {
    assert.deepEqual(
      valuesOf("bitte beide zusammen:\nMerve Kılınç 9.5.2013\nEmre Kılınç 21.10.2015", birth),
      ["9.5.2013", "21.10.2015"],
    );
    assert.deepEqual(valuesOf("Patientin: Lotta Brinkhaus, 04.11.2012\nVersichert bei", birth), [
      "04.11.2012",
    ]);
  });

  it("is not a date of this year, nor one with its time", () => {
    assert.deepEqual(valuesOf("Termin für Frau Brinkhaus 04.11.2012, 10:30 bestätigt", birth), []);
    const thisYear = new Date().getFullYear();
    assert.deepEqual(valuesOf(`Frau Brinkhaus 04.11.${thisYear} hat angerufen`, birth), []);
  });
});

describe("a number the writer half remembers", () => {
  it("is taken after 'glaub ich', and a policy's after 'Vers.-Schein'", () => {
    assert.deepEqual(valuesOf("Kundennr. war glaub ich 30917\nLG", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "30917",
    ]);
    assert.deepEqual(
      valuesOf("abgelehnt (Vers.-Schein 5520 1187 40)", EntityType.ENTITY_TYPE_CONTRACT_NUMBER),
      ["5520 1187 40"],
    );
  });
});

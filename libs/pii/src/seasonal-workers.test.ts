import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an agency for seasonal farm workers is sent (v166): workers listed a person per line by a
// farmer, papers from several countries. Every value here is made up; none is in the PII corpus.

describe("workers listed a person per line", () => {
  const births = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH);

  it("takes the date after the name when one mark parts the fields", () => {
    assert.deepEqual(births("Nowicki Paweł ;13.04.1988; EK4471236 ;PL61 …"), ["13.04.1988"]);
    assert.deepEqual(births("mazurek rafal / 18.9.92 / pass ES4481296"), ["18.9.92"]);
    assert.deepEqual(births("Stoyanov Nikola . 28.07.1995 . EGN 9507287531 . BG"), ["28.07.1995"]);
  });

  it("takes no date that an adult cannot have been born on, as an invoice's row has", () => {
    assert.deepEqual(births("Rechnung Nr ; 12.03.2025 ; 49,90"), []);
  });

  it("takes papers after 'Pass', a Romanian 'CI' and a Polish 'dowód'", () => {
    const papers = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT);
    assert.deepEqual(papers("Pass: FX 402819\nUnfallzeit: Dienstag"), ["FX 402819"]);
    assert.deepEqual(papers("2. Ursache Vasile - CI SV 274107"), ["SV 274107"]);
    assert.deepEqual(papers("PESEL 87022509871 / dowód CHK 412096 / tel"), ["CHK 412096"]);
    assert.deepEqual(papers("please pass the salt 2 times"), []);
  });
});

describe("a Romanian address", () => {
  it("takes the street after its abbreviated type word, the house's 'nr.', block and flat, and a six-digit postcode", () => {
    const text =
      "an meine Adresse in Rumänien? Str. Ion Vlăduțescu nr. 27, bl. C4, ap. 12, 557341 Sibiu\nOder per Mail";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Str. Ion Vlăduțescu nr. 27, bl. C4, ap. 12, 557341 Sibiu",
    ]);
  });

  it("leaves six digits before a word alone without a street", () => {
    assert.deepEqual(valuesOf("Auftrag 557341 Sibiu bestätigt", EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

describe("a chef's order typed at night", () => {
  it("takes the customer number after 'acct'", () => {
    assert.deepEqual(
      valuesOf("2kg oyster, 1 tray micro\n\nacct 41297\ncheers", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["41297"],
    );
  });
});

describe("a birth date the contract got wrong", () => {
  it("takes the wrong date after 'not' as well as the right one", () => {
    const text =
      "in the contract my date of birth is wrong, it is 06.10.1984 not 10.06.1984. Please correct.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["06.10.1984", "10.06.1984"]);
  });
});

describe("an authority's proceedings", () => {
  it("takes the file number after a compound that ends in 'verfahren'", () => {
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(
      valuesOf("Betreff: Anhörung Verwarnungsgeldverfahren 77.2-BG-2501-604417\n\nHallo", ticket),
      ["77.2-BG-2501-604417"],
    );
    assert.deepEqual(valuesOf("das Vergabeverfahren 2024 läuft noch", ticket), []);
  });
});

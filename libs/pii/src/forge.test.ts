import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a forge making gates and railings is sent (v595): architects' mails with their project
// numbers, a site's gate code, a card's holder typed in capitals mid-sentence, a taxi list whose
// times stand before titles. Every value here is made up; none is in the PII corpus.

describe("a forge's commissions", () => {
  it("takes an architect's project number after its label, not a bare project and a year", () => {
    const text =
      "Projekt-Nr.: HW-2291\nAW: Proj. KT-0417 Außentreppe\nproject no. RS-2025-08\nDas Projekt 2025 lief gut.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), [
      "HW-2291",
      "KT-0417",
      "RS-2025-08",
    ]);
  });

  it("takes a yard's code lock", () => {
    const text = "Die Hofeinfahrt hat ein Codeschloss: 5816. Der Schlüssel liegt beim Nachbarn.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5816"]);
  });

  it("takes a card holder's name in capitals up to the sentence's end", () => {
    const text = "Visa, exp 04/29, name on card MEERA K VARGHESE. I'll phone the code through.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["MEERA K VARGHESE"]);
  });

  it("reads a time before 'Frau Dr.' as no house number before a Drive", () => {
    const text =
      "Zeit   Gast                 Zimmer\n09:00  Frau Dr. Castellani   218\n10:15  Mr. Okafor           305";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });
});

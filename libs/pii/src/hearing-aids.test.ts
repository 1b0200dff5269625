import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a hearing-aid acoustician is sent (v334): relatives and care homes writing for the elderly,
// mails dictated with speech-to-text. Every value here is made up; none is in the PII corpus.

describe("a care home's new door code", () => {
  it("is taken after 'ist jetzt neu', said or typed", () => {
    const secret = EntityType.ENTITY_TYPE_SECRET;
    assert.deepEqual(valuesOf("Der Türcode unten ist jetzt neu 7046, Parken hinten", secret), ["7046"]);
    assert.deepEqual(valuesOf("the door code is now new 7046, parking at the back", secret), ["7046"]);
    assert.deepEqual(
      valuesOf("Der Türcode unten ist jetzt neu sieben null vier sechs und dann Raute", secret),
      ["sieben null vier sechs"],
    );
  });
});

describe("an address in Mannheim's city centre", () => {
  it("is a block and a number, no street", () => {
    const text =
      "Steuerberatungsgesellschaft mbB\nR 5, 22, 68161 Mannheim\nPartnerschaftsregister AG Mannheim";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["R 5, 22, 68161 Mannheim"]);
    assert.deepEqual(
      valuesOf("Kanzlei Ohm\nP 4, 11 · 68161 Mannheim\nTel.", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["P 4, 11 · 68161 Mannheim"],
    );
  });
});

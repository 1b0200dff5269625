import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a registry office is sent (v637): a refugee's travel document, witnesses and interpreters
// by their roles. Every value here is made up; none is in the PII corpus.

describe("a registry office's weddings", () => {
  it("takes a travel document's number after 'Reiseausweis'", () => {
    const text = "He has no passport, only a German Reiseausweis F7RT02954.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["F7RT02954"]);
  });

  it("leaves a witness and an interpreter named by their roles unmasked", () => {
    const text =
      "Betreff: Bestätigung Dolmetscher Kurdisch\n\nweil mein Mann Trauzeuge ist.\n\nDaten Trauzeugin:\nNesrin Aktaş";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Nesrin Aktaş"]);
  });
});

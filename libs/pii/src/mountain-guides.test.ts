import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a mountain guides' office is sent (v652): insurers quoting the client's policy, a web
// form's fields glued to their labels. Every value here is made up; none is in the PII corpus.

describe("a mountain guides' office's forms and insurers", () => {
  it("takes a policy's number after 'Ihrer Police'", () => {
    const text = "Gemäss Ihrer Police 52.771.908 sind Such- und Rettungskosten gedeckt.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["52.771.908"]);
  });

  it("takes a postcode and town glued to a form's 'PLZ/Ort:', not a number glued to 'Nr.:'", () => {
    const text = "Adresse:Seefeldstrasse 118\nPLZ/Ort:8008 Zürich\nBestell-Nr.:20417 Bremen";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Seefeldstrasse 118",
      "8008 Zürich",
    ]);
  });
});

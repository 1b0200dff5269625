import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a wine bar is sent (v687): an Italian supplier asking after two open invoices; and a
// Chinese medicine practice (v685): a patient named by the practice's number. Every value here is
// made up; none is in the PII corpus.

describe("a wine bar's suppliers", () => {
  it("takes invoices' numbers after the plural 'Rechnungen', the supplier's letters with them", () => {
    const text = "wir sehen, dass die Rechnungen FT 2024/0517 und FT 2024/0533 noch offen sind.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER), ["FT 2024/0517", "FT 2024/0533"]);
    assert.deepEqual(
      valuesOf("Die Rechnungen 2024 und 2025 sind bezahlt.", EntityType.ENTITY_TYPE_INVOICE_NUMBER),
      [],
    );
  });
});

describe("a practice's patients", () => {
  it("takes a patient's number after 'Pat.', not a year", () => {
    const text = "bitte für Herrn Weiß (Pat. 10288) die Rechnung an die Tochter. Pat. 2024 war es nicht.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["10288"]);
  });
});

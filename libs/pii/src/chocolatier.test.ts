import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a chocolatier's corporate gift desk is sent (v534): Belgian buyers writing French, German
// signatures with a town's district in brackets. Every value here is made up; none is in the PII
// corpus.

describe("corporate gift orders", () => {
  it("takes a customer's number after French words for it", () => {
    const text =
      "Numéro client: WHS-BE-2291\nMerci, notre référence client WHS-BE-2291 figure sur la facture.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["WHS-BE-2291", "WHS-BE-2291"]);
  });

  it("takes a town with its region abbreviated in brackets", () => {
    const text = "Viele Grüße\nSabine Ortmanns\nIm Kühlen Grund 14\n53424 Remagen (Rhld.)\n02642 90 31 77";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Im Kühlen Grund 14\n53424 Remagen (Rhld.)",
    ]);
  });

  it("takes the names in a plain 'Name' column beside a delivery address", () => {
    const table = [
      "#  | Name             | Company             | Delivery address",
      "1  | Zarina Qadri     | Corvid Analytics    | 14 Tanner Street, London SE1 3LE",
      "2  | Roisin Gallagher | Harbourside Events  | home – 9 Elm Grove, Galway H91 X2T4",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), ["Zarina Qadri", "Roisin Gallagher"]);
  });
});

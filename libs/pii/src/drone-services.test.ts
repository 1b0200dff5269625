import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a drone services company is sent (v660): operators' registrations and remote pilots'
// certificates under EASA rules, a Spanish customer's order. Every value here is made up; none is
// in the PII corpus.

describe("a drone company's pilots and orders", () => {
  it("takes an operator's registration and a remote pilot's certificate by their shape", () => {
    const text = [
      "Betreiber-Registrierungsnr.:AUTk3m9x2v7q1wp4",
      "Teilnehmer        geb.        Zeugnis",
      "Horvat, Luka      03.09.1998  HRV-RP-7d1c04a9e25b",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "AUTk3m9x2v7q1wp4",
      "HRV-RP-7d1c04a9e25b",
    ]);
    assert.deepEqual(valuesOf("DEUTSCHLAND deutschland2024", EntityType.ENTITY_TYPE_ID_DOCUMENT), []);
  });

  it("takes an order's number after Spanish 'pedido'", () => {
    const text = 'I used the wrong reference ("pedido 5127" instead of the invoice number).';
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["5127"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an organ builder is sent by Danish and Dutch parishes (v596): Danish and Frisian given
// names, an insurer's Danish damage number, a Dutch writer's "Mister". Every value here is made
// up; none is in the PII corpus.

const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("parishes writing to an organ builder", () => {
  it("knows Danish and Frisian given names", () => {
    assert.deepEqual(persons("Please call our church warden Poul Vestergaard-Holm on his mobile."), [
      "Poul Vestergaard-Holm",
    ]);
    assert.deepEqual(persons("Met vriendelijke groet,\nWietske Dijkstra-Bosma\nscriba"), [
      "Wietske Dijkstra-Bosma",
    ]);
  });

  it("reads parish councils, churches and church musicians' offices as no names", () => {
    const text = [
      "Kind regards\nKirsten Damgaard\nOrganist, Vestervig Sogn",
      'Our bank wrote "Hvidbjerg Sogns Menighedsråd" instead of the invoice number.',
      "Viele Grüße\nHeike Onnen\nKantorin",
      "The handover in the Westerkerk and in Ribe Domkirke.",
    ].join("\n\n");
    assert.deepEqual(persons(text), ["Kirsten Damgaard", "Heike Onnen"]);
  });

  it("keeps 'Mister' outside the name", () => {
    assert.deepEqual(persons("Dear Mister Ubbink,\nthe organ is ready."), ["Ubbink"]);
  });

  it("takes an insurer's Danish damage number", () => {
    const text = "The insurer registered the damage under skadenummer KRB-2411-60273.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CLAIM_NUMBER), ["KRB-2411-60273"]);
  });
});

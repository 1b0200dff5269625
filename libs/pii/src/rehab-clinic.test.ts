import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a rehabilitation clinic and a removals firm are sent (v505, v504): therapy plans, transfer
// forms, pension insurers' letters, access codes. Every value here is made up; none is in the PII
// corpus.

describe("therapy plans and transfer forms", () => {
  it("takes a therapy plan's therapists", () => {
    const plan = [
      "Tag | Zeit        | Therapie          | Therapeut/in   | Raum",
      "----+-------------+-------------------+----------------+--------",
      "Mo  | 08:00-08:30 | KG Einzel LWS     | Lindqvist      | T 12",
      "Mo  | 10:15-11:00 | MTT Gruppe        | Adeyemi        | Halle 1",
    ].join("\n");
    assert.deepEqual(valuesOf(plan, EntityType.ENTITY_TYPE_PERSON), ["Lindqvist", "Adeyemi"]);
  });

  it("takes a pension number written apart after 'Versicherungsnr.'", () => {
    const text = "Versicherte: Pham Thi Lan, geb. 14.03.1979\nVersicherungsnr. 12 140379 P 417";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["12 140379 P 417"]);
  });

  it("takes a court's file after a tab, a Dutch BSN with dots, a shortened given name", () => {
    const form = "Betreuungsgericht Az.\tXVII 517/23";
    assert.deepEqual(valuesOf(form, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["XVII 517/23"]);
    assert.deepEqual(valuesOf("BSN 2204.81.376", EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["2204.81.376"]);
    assert.deepEqual(valuesOf("Mit freundlichen Grüßen\nChr. Wendland", EntityType.ENTITY_TYPE_PERSON), [
      "Chr. Wendland",
    ]);
  });

  it("takes a door's code shaped like a car's fault code, not the fault code", () => {
    const door = "the door code for the building is B2071 if the lads want to start early";
    assert.deepEqual(valuesOf(door, EntityType.ENTITY_TYPE_SECRET), ["B2071"]);
    assert.deepEqual(valuesOf("Fehlercode P0217 im Speicher", EntityType.ENTITY_TYPE_SECRET), []);
  });
});

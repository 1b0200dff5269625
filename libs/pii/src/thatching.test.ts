import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a thatching firm's office is sent and sends (v588): a foreman's week plan with its sites
// and customers, a job list with firms among the clients, card details typed into a mail, an
// island's villages. Every value here is made up; none is in the PII corpus.

describe("a thatcher's plans and jobs", () => {
  it("takes the customers and sites of a week plan by their columns", () => {
    const plan = [
      "Tag\tBaustelle\tKunde\tTel.\tAuftrag",
      "Mo–Mi\tKoogstraat 9, Tetenbüll\tLorenzen\t04862 5510 83\tA-25-118",
      "Do\tAm Deich 2, Garding\tDr. Asmussen-Kerr\t0171 640 2281\tA-25-121",
    ].join("\n");
    assert.deepEqual(valuesOf(plan, EntityType.ENTITY_TYPE_PERSON), ["Lorenzen", "Asmussen-Kerr"]);
    assert.deepEqual(valuesOf(plan, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Koogstraat 9, Tetenbüll",
      "Am Deich 2, Garding",
    ]);
  });

  it("takes a client's name from a job list, but not a firm's", () => {
    const jobs = [
      "Job\tClient\tPhone\tWorks",
      "J-25-014\tHalvorsen\t01692 771305\tnew ridge",
      "J-25-015\tReedbeds Estates\t01692 771399\tsurvey",
      "J-25-016\tStudio Vermeulen B.V.\t+31 20 555 0143\tpatch",
      "J-25-017\tTierarztpraxis Marschblick\t04862 5512 90\tporch",
    ].join("\n");
    assert.deepEqual(valuesOf(jobs, EntityType.ENTITY_TYPE_PERSON), ["Halvorsen"]);
  });

  it("takes a card's security number, not a social security number", () => {
    assert.deepEqual(valuesOf("card 4111 …, exp 09/27\nsecurity no 735", EntityType.ENTITY_TYPE_SECRET), [
      "735",
    ]);
    assert.deepEqual(valuesOf("social security no 219-09-9999", EntityType.ENTITY_TYPE_SECRET), []);
  });

  it("takes a village after its town's 'OT', behind a slash or a comma", () => {
    const text =
      "Objekt:\nWattweg 11\n25980 Sylt / OT Morsum\n\nLager: Hafenstr. 3, 25832 Tönning, OT Kating";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Wattweg 11\n25980 Sylt / OT Morsum",
      "Hafenstr. 3, 25832 Tönning, OT Kating",
    ]);
  });

  it("takes an applicant's name with its initial from a planning notice", () => {
    const text = "Ref: DC/25/00417/LBC\nApplicant: R Pettigrew\nAgent: Broadland Reed Ltd";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["R Pettigrew"]);
  });

  it("takes a subcontractor's name after the word", () => {
    const text =
      "Für den Subunternehmer Kowalczyk brauchen wir die USt-IdNr. Our subcontractor Kavanagh agrees.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Kowalczyk", "Kavanagh"]);
  });
});

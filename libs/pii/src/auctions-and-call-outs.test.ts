import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an auction house (v455) and a fire brigade (v453) get: bidders by their numbers, a tax
// id from the tax office's letter, call-outs by theirs. Every value here is made up; none is in
// the PII corpus.

describe("an auction's bidder", () => {
  const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

  it("takes the number after bidder or Bieter, bare or in brackets", () => {
    assert.deepEqual(valuesOf("I am bidder 31874 in your spring sale.", customer), ["31874"]);
    assert.deepEqual(valuesOf("Verwendungszweck: Bieter 20931\n", customer), ["20931"]);
    assert.deepEqual(valuesOf("as the registered bidder (52207). If", customer), ["52207"]);
  });

  it("leaves a count of bidders alone", () => {
    assert.deepEqual(valuesOf("Der Bieter 2025 war sehr zufrieden", customer), []);
  });
});

describe("a tax id from the tax office's letter", () => {
  it("takes the grouped number after the tax office's name", () => {
    assert.deepEqual(
      valuesOf("sie stand auf einem Schreiben vom Finanzamt: 53 118 902 447.", EntityType.ENTITY_TYPE_TAX_ID),
      ["53 118 902 447"],
    );
  });
});

describe("a fire brigade's call-out", () => {
  it("takes the call-out's number opening with its letter", () => {
    assert.deepEqual(
      valuesOf("Kurzbericht Einsatz E 25-0311\n\nAlarm 03:12", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["E 25-0311"],
    );
  });
});

describe("a duty roster's people", () => {
  it("reads the column of who is responsible as people's, and leaves a cell to be decided", () => {
    const roster = [
      "Datum      | Thema                          | Verantwortlich",
      "-----------|--------------------------------|---------------",
      "04.07.     | Atemschutz, Übung im Keller    | Brandlmeier",
      "18.07.     | Technische Hilfe               | Okonkwo",
      "01.08.     | Sommerfest                     | tbc",
    ].join("\n");
    assert.deepEqual(valuesOf(roster, EntityType.ENTITY_TYPE_PERSON), ["Brandlmeier", "Okonkwo"]);
  });
});

describe("a fire brigade's words that are no one", () => {
  it("leaves an alarm's time, the comrades greeted, the commander and the practice alone", () => {
    const mail = [
      "Liebe Kameradinnen und Kameraden, hallo Maschinisten,",
      "Alarm 02:41 ILS – Stichwort B3.",
      "Sehr geehrter Herr Kommandant,",
      "Von: Praxis Dr. med. Lenz",
    ].join("\n");
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_SECRET), []);
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_PERSON), ["Lenz"]);
  });
});

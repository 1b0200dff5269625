import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a helicopter charter in the Alps is sent (v620): a wedding couple's identity cards under a
// heading, a pilot's application with his EASA licence, loads and ranges in kilograms, mountains,
// villages and a dog named like people, a photographer's site. Every value here is made up; none
// is in the PII corpus.

describe("a helicopter charter's bookings and crews", () => {
  it("takes Italian identity cards listed under a heading, one per traveller", () => {
    const text = "Ausweise (Carta d'identità elettronica):\nGiulia: CB38165LT\nMarco: CA72904RS\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["CB38165LT", "CA72904RS"]);
    // The same shape in a mail that speaks of no papers stays a code.
    assert.deepEqual(valuesOf("Ersatzteil AB12345CD ist bestellt.", EntityType.ENTITY_TYPE_ID_DOCUMENT), []);
  });

  it("takes a pilot's licence with its aircraft category in brackets", () => {
    const text = "- EASA CPL(H), licence no. AT.FCL.CPL(H).30917\n- Type ratings AS350/EC130";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["AT.FCL.CPL(H).30917"]);
  });

  it("leaves a range of kilograms or hours unmasked", () => {
    const text = "ab Juni alle 10 Tage, ca. 700-1200 kg pro Flug; approx. 1,500-2,000 hrs";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("takes a friend's name after a Bavarian 'Spezl'", () => {
    const text = "Wir sind zu zweit, ich (88 kg) und mein Spezl Wiggerl (ca. 95). Zahle bar.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Wiggerl"]);
  });

  it("takes a photographer's site named after her, with her trade after a hyphen", () => {
    const text = "Luftbilder sehen Sie hier: https://www.sabinekoller-fotografie.at/portfolio/flug";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://www.sabinekoller-fotografie.at/portfolio/flug",
    ]);
  });

  it("leaves mountains, villages and a breed named like people unmasked", () => {
    const text =
      "Rundflug Monte Rosa (30 min), Landung in Santa Caterina. Er ist ein kleiner Jack Russell, sehr ruhig. Gruss, Reto Caduff";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Reto Caduff"]);
  });
});

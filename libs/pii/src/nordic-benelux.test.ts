import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v70 (customers from the Nordic and Benelux countries) showed. Every value
// here is made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;

describe("customers from the Nordic and Benelux countries", () => {
  it("takes the name after a Nordic or Dutch closing", () => {
    for (const [closing, name] of [
      ["Med venlig hilsen", "Mette Kragh Sørensen"],
      ["Med vänliga hälsningar", "Oskar Lindgren"],
      ["Kveðja,", "Gunni"],
      ["Met vriendelijke groet", "Joris Bakker"],
    ] as const)
      assert.deepEqual(valuesOf(`Tak for hjælpen.\n\n${closing}\n${name}`, PERSON), [name]);
  });

  it("takes a Dutch mail's From line, and a family member listed by number", () => {
    assert.deepEqual(valuesOf("Hallo\nVan: Sem de Graaf <sem.degraaf@ziggo.nl>\nVerzonden: zondag", PERSON), [
      "Sem de Graaf",
    ]);
    assert.deepEqual(valuesOf("our van: Mercedes Sprinter", PERSON), []);
    const list = "Travellers:\n1. Henrik Ståhl, born 1980-02-11\n2. Ylva Ståhl, born 1982-07-30";
    assert.deepEqual(valuesOf(list, PERSON), ["Henrik Ståhl", "Ylva Ståhl"]);
  });
});

describe("a Dutch street named with an adjective before it", () => {
  it("keeps the adjective in the address", () => {
    assert.deepEqual(
      valuesOf(
        "Post naar:\nZwarte Vuurscheweg 8\n3752 LK Bunschoten\n\nGroeten",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Zwarte Vuurscheweg 8\n3752 LK Bunschoten"],
    );
    assert.deepEqual(
      valuesOf(
        "Kwekerij B.V.\nMiddel Vuurscheweg 12, 2675 KB Honselersdijk",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Middel Vuurscheweg 12, 2675 KB Honselersdijk"],
    );
  });
});

// A bell foundry's letters from Dutch parishes and its Low German customers (v517).
describe("Dutch honorifics and Low German streets", () => {
  it("takes family names after Dutch salutations and clergy", () => {
    const text =
      "Na de uitvaart van mevr. Ter Haar is de klok stil. Ds. Meulenbelt-Smit belt dhr. Wolters, en pastoor Van den Broek is akkoord.";
    assert.deepEqual(valuesOf(text, PERSON), ["Ter Haar", "Meulenbelt-Smit", "Wolters", "Van den Broek"]);
  });

  it("takes a Low German street in a signature", () => {
    const text = "Mit freundlichen Grüßen\nHilde Brüning\nUp de Wurth 11, 26506 Norden";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Up de Wurth 11, 26506 Norden"]);
  });
});

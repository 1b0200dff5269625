import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v67 and v502 (registry offices, a parish office) showed. Every value
// here is made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;

describe("a registry office and a parish", () => {
  it("takes register numbers of births, marriages and deaths", () => {
    const text =
      "Eheregister-Nr. E 418/2021, Birth register no.: G 2207/2025, Sterberegister-Nr. S 1188/2024";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "E 418/2021",
      "G 2207/2025",
      "S 1188/2024",
    ]);
  });

  it("takes names after clergy titles, a family name's other gender and a double name of two", () => {
    assert.deepEqual(valuesOf("| Pfr. Kowalczyk | Diakonin Brüggemann |", PERSON), [
      "Kowalczyk",
      "Brüggemann",
    ]);
    assert.deepEqual(valuesOf("Piotr Nowicki fragt: hieße sie Nowicka?", PERSON), [
      "Piotr Nowicki",
      "Nowicka",
    ]);
    assert.deepEqual(valuesOf("Mara Vogel und Kofi Adjei möchten Vogel-Adjei heißen.", PERSON), [
      "Mara Vogel",
      "Kofi Adjei",
      "Vogel-Adjei",
    ]);
  });
});

describe("a registry office's mail (v502)", () => {
  it("takes a register's entry without its register's word, in a mail about certificates", () => {
    const text =
      "Geburtsurkunde, Standesamt Bramsche, Reg.-Nr. G 417/1988\n| Nowak, Irena | 04.03.2025 | S 702/2025 | 3";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["G 417/1988", "S 702/2025"]);
  });

  it("takes an authority's file with its division", () => {
    const text = "Betreff: AW: Ihre Erklärung – Az. II C 4 – 2291/25";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["II C 4 – 2291/25"]);
  });

  it("takes the birth name after 'Geburtsnamen'", () => {
    const text = "Ich möchte wieder meinen Geburtsnamen Lüdecke annehmen.";
    assert.deepEqual(valuesOf(text, PERSON), ["Lüdecke"]);
  });

  it("takes the day a mother gave birth", () => {
    const text = "my wife gave birth to our son Idris on 4 February 2025 at the Marienhospital.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["4 February 2025"]);
  });

  it("takes a Turkish street abbreviated 'Cd.'", () => {
    const text = "Seine Adresse: Atatürk Cd. No: 212/3, 35220 Alsancak/İzmir.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Atatürk Cd. No: 212/3, 35220 Alsancak/İzmir",
    ]);
  });
});

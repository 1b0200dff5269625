import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a scouting association organising camps is sent (v494): leaders' rotas, parents' mails.
// Every value here is made up; none is in the PII corpus.

describe("camp rotas and parents' mails", () => {
  it("takes a pack's leaders by their Jungle Book names", () => {
    const text =
      "SAT  first aid ...... Bagheera\nSUN  cooking ......... Raksha + Hathi\nKaa drives the minibus.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Bagheera", "Raksha", "Hathi", "Kaa"]);
  });

  it("takes an ambiguous given name joined by an ampersand to a known one", () => {
    const text = "Subject: Camp - Deniz & Melike";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Deniz", "Melike"]);
  });

  it("takes the person a table's 'Leitung:' names, by a camp name too", () => {
    const text = "Gruppe: Wölflinge\nLeitung: Pümpel      | vegetarisch";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Pümpel"]);
  });

  it("takes no round of leaders greeted, and no scout group, as a person", () => {
    const text = "Hallo Leitungsrunde,\n\nanbei der Dienstplan.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
    const group = "From: Treasurer 4th Hexham Scouts <treasurer@4thhexhamscouts.org.uk>";
    assert.deepEqual(valuesOf(group, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

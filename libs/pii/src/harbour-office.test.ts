import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a harbour master's office on the Baltic is sent (v626): skippers' licences by their German
// and Polish names, gate codes that change on a day, the office's own name in greetings, a Danish
// firm's register number. Every value here is made up; none is in the PII corpus.

describe("a harbour office's berths and skippers", () => {
  it("takes sport boat and sailing licences by their short names", () => {
    const text = [
      "Bootsführerschein: SBF Binnen + See, Nr. 4.11.2093.17",
      "His licence: SBF See 1.03.4417.21",
      "Lizenz: SKS, Nr. SKS 08-11935",
      "licence: jachtowy sternik morski JSM 3108/2019",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "4.11.2093.17",
      "1.03.4417.21",
      "SKS 08-11935",
      "JSM 3108/2019",
    ]);
  });

  it("takes a gate code given with the day it starts, and one the writer asks back", () => {
    const text =
      "- Gaststeg: Tor-Code ab Montag 5093, WLAN wie gehabt\nmoin, der code vom tor war doch 1846?";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5093", "1846"]);
  });

  it("leaves the harbour office's name and a Danish firm's register number unmasked", () => {
    const text =
      "Hallo Hafenmeisterei,\n\nanbei die Daten.\n\nMalte Gerdes\nHafenmeisterei Wendtorf\nCVR 20485517";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Malte Gerdes"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a gliding club's pilots, hangar keeper and authorities write (v555): a launch log's pilots,
// hangar codes announced by date, medical certificates' numbers. Every value here is made up;
// none is in the PII corpus.

describe("a gliding club's launch log", () => {
  it("takes the names under 'Pilot (PIC)' and 'Begleiter/Schüler'", () => {
    const text = [
      "Nr | Muster     | Pilot (PIC)            | Begleiter/Schüler  | Start",
      "1  | ASK 21     | Brandstätter, S.       | Yıldız, K.         | 10:12",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Brandstätter, S.", "Yıldız, K."]);
  });

  it("takes no one's name where a tenants' column says the flat is void", () => {
    const text = [
      "Property | Tenant(s) | From",
      "63 Fawcett Road, Southsea PO4 0DP | (void - landlord liable) | 08/03/2024",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

describe("a gliding club's codes and certificates", () => {
  it("takes codes listed under a date when the paragraph above names the codes", () => {
    const text = [
      "as announced we're changing the codes, too many ex-members still have the old ones.",
      "",
      "From Monday 1 July:",
      "- Halle 1 (Segelflugzeuge + Werkstatt): 73904",
      "- Halle 2 (Schleppmaschine + Winde): 2861#",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["73904", "2861#"]);
  });

  it("takes a code typed in, the verb after it", () => {
    const text = "Schlüsseltresor geht nicht!! hab 0415 eingegeben wie gesagt";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["0415"]);
  });

  it("takes medical certificates' numbers with a class digit or an office's dash", () => {
    const text = "– Medical: DE.MED.2.337-41069, Class 2\nyour medical certificate (no. UK.MED.2.0437719)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "DE.MED.2.337-41069",
      "UK.MED.2.0437719",
    ]);
  });
});

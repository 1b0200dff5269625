import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a private bus company's office sends round (v641): a duty roster with its drivers by name.
// Every value here is made up; none is in the PII corpus.

describe("a bus company's duty roster", () => {
  it("takes the drivers from a 'Fahrer' column, but no pool car after a dash", () => {
    const roster = [
      "Tag   | Fahrer             | Fahrzeug   | Dienst",
      "Mo    | Wiedemann          | NEA-R 312  | Schule L2",
      "Di    | Okafor + Lindqvist | NEA-R 77   | Tagesfahrt Bamberg",
      "Mi    | – (Pool)           | NEA-R 90   | Reserve",
    ].join("\n");
    assert.deepEqual(valuesOf(roster, EntityType.ENTITY_TYPE_PERSON), ["Wiedemann", "Okafor + Lindqvist"]);
  });
});

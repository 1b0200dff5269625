import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a village brass band's office is sent (v632): young musicians' exam registrations with
// their teachers. Every value here is made up; none is in the PII corpus.

describe("a brass band's registrations", () => {
  it("takes the teachers' names from a 'Lehrer/in' column", () => {
    const table = [
      "Name              | geb.       | Instrument | Lehrer/in",
      "Pfurtscheller Ida | 03.05.2015 | Querflöte  | Rieder",
      "Kaya Emir         | 19.11.2013 | Posaune    | Gstrein",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), [
      "Pfurtscheller Ida",
      "Rieder",
      "Kaya Emir",
      "Gstrein",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v81 (bilingual customers) showed. Every value here is made up; none is
// in the PII corpus.

describe("bilingual customers", () => {
  it("finds a name again where a form wrote it without its marks", () => {
    const text = 'Kontoinhaber: Bartłomiej Zieliński (im System vielleicht "Zielinski", das ń fehlt immer)';
    const names = valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(names.includes("Zielinski"), names.join(" | "));
  });

  it("takes a Turkish address's province after a spaced slash", () => {
    const text = "Adresse: Atatürk Mah. 1203/4 Sok. No: 7 Daire 2\n35040 Bornova / İzmir\n\nDanke";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Atatürk Mah. 1203/4 Sok. No: 7 Daire 2\n35040 Bornova / İzmir",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a blood donation service is sent (v277): donors' short messages from their phones, signed
// with a name and a number. Every value here is made up; none is in the PII corpus.

describe("donors' short messages", () => {
  it("takes a name signed with a phone number after it on the same line", () => {
    const text = "Termin passt leider nicht. Danke! Gruß T. Wawrzyniak 0171 5520938";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["T. Wawrzyniak"]);
  });

  it("takes no sign-off's next words when more than a number follows them", () => {
    const text = "Vielen Dank. Gruß an alle 0171 5520938 ist die Nummer der Zentrale";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

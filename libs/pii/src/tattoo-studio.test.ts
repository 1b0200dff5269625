import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tattoo studio is sent (v281): the text of a memorial tattoo, a life's dates under a
// label. Every value here is made up; none is in the PII corpus.

describe("memorial tattoos", () => {
  it("takes the birth date of a life's span under a label", () => {
    const text = "Oben: Hilde Marquardt\nDarunter: 03.09.1938 – 27.01.2025\n\nSchrift wie auf dem Grabstein.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["03.09.1938"]);
  });
});

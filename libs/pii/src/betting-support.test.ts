import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a betting operator's support gets (v460): customers quoting their bet slips. Every value
// here is made up; none is in the PII corpus.

describe("a bet slip", () => {
  it("takes a reference whose middle groups mix letters and digits", () => {
    assert.deepEqual(
      valuesOf(
        "My bet slip was BX-7K2D-41TR-5530, placed on Saturday.",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["BX-7K2D-41TR-5530"],
    );
  });

  it("leaves a code with too few digits alone", () => {
    assert.deepEqual(
      valuesOf("Das Modell AB-X1YZ-CD ist ausverkauft.", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      [],
    );
  });
});

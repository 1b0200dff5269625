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

// A casino's player protection office (v529): player cards and incident reports.
describe("a casino's player protection office", () => {
  it("takes a player card's number in its groups", () => {
    const text =
      "Sperre bitte auch für meine Spielerkarte 5103 2284 71.\nPlayer card:      5103 9916 40 (blocked)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "5103 2284 71",
      "5103 9916 40",
    ]);
  });

  it("takes an incident report's reference", () => {
    const text = "Subject: Incident report IR-LNZ-0733 – abuse at the cash desk";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["IR-LNZ-0733"]);
  });
});

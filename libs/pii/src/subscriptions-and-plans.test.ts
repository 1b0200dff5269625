import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a box office and a maintenance service are sent (v375, v376): subscribers' e-tickets and
// numbers, maintenance plans, an elderly writer's "Fernsprecher". Every value here is made up;
// none is in the PII corpus.

describe("a subscriber's and a plan holder's numbers", () => {
  it("takes the e-tickets' numbers after 'e-tickets were'", () => {
    assert.deepEqual(
      valuesOf(
        "Our e-tickets were 4400 3921 7716 and 4400 3921 7717, still on my phone.",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["4400 3921 7716", "4400 3921 7717"],
    );
  });

  it("takes a subscriber's number in brackets and a maintenance plan's", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("Frau Brakel ist Abonnentin (AB-0271) und bittet um zwei Plätze.", contract), [
      "AB-0271",
    ]);
    assert.deepEqual(valuesOf("Im on the plan (WP-6613) can someone come today??", contract), ["WP-6613"]);
  });

  it("takes a phone after 'Fernsprecher', spaced as old letterheads print it", () => {
    assert.deepEqual(
      valuesOf("Fernsprecher: 0 521 / 3 44 81\n\nHochachtungsvoll", EntityType.ENTITY_TYPE_PHONE),
      ["0 521 / 3 44 81"],
    );
  });
});

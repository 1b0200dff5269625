import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { kvnrValid } from "./detectors/health-insurance.js";
import { EntityType } from "./entity-types.js";

// What a patient transport service and a midwives' practice are sent (v289, v295): insurance card
// numbers typed on the insurer's line. Every value here is made up; none is in the PII corpus.

describe("health insurance numbers", () => {
  it("checks the number's check digit", () => {
    assert.equal(kvnrValid("T", "418205532"), true);
    assert.equal(kvnrValid("T", "418205536"), false);
  });

  it("takes a valid number on the insurer's line, glued to 'Nr.' or with a space after its letter", () => {
    assert.deepEqual(
      valuesOf("Versicherung: IKK classic, Nr.T418205532\nAdresse", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["T418205532"],
    );
    assert.deepEqual(
      valuesOf("Kasse: Barmer  T 418205532\nZiel: Dialyse", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["T 418205532"],
    );
  });

  it("takes no code of its shape whose check digit fails or with no insurer on its line", () => {
    assert.deepEqual(
      valuesOf("Versicherung: IKK classic, Nr.T418205536\n", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      [],
    );
    assert.deepEqual(
      valuesOf("Lieferung T418205532 kommt Montag\n", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      [],
    );
  });
});

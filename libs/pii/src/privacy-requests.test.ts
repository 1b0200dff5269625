import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v73 (data-protection requests and legal letters) showed. Every value
// here is made up; none is in the PII corpus.

describe("data-protection requests", () => {
  it("takes a corrected birth date and one in brackets after a name", () => {
    assert.deepEqual(
      valuesOf(
        "Als Geburtsdatum steht dort 21.03.1979. Richtig ist 12.03.1979. Bitte korrigieren.",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["21.03.1979", "12.03.1979"],
    );
    assert.deepEqual(
      valuesOf(
        "I act for my mother, Mrs Edith Rowe (9 March 1938), under a lasting power of attorney.",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["9 March 1938"],
    );
    assert.deepEqual(
      valuesOf("On Mon, 14 Oct 2024 at 09:12, Dana Whitfield wrote:", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      [],
    );
  });

  it("reads a UTR in groups of four, three and three, a number after where it stands, a care home by its saint", () => {
    assert.deepEqual(
      valuesOf("My details: UTR 5521 904 387, client no. 44.", EntityType.ENTITY_TYPE_TAX_ID),
      ["5521 904 387"],
    );
    assert.deepEqual(
      valuesOf(
        "Meine Kundennummer steht auf der Rechnung: 4 918 220 37.",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["4 918 220 37"],
    );
    assert.deepEqual(
      valuesOf(
        "Sie lebt jetzt im Seniorenzentrum St. Hedwig, Ringstraße 14, 59065 Hamm.",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Seniorenzentrum St. Hedwig, Ringstraße 14, 59065 Hamm"],
    );
    assert.deepEqual(
      valuesOf("Unser Zweitwagen (MS-RT 4410E) ist betroffen.", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["MS-RT 4410E"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a model railway shop is sent (v715): a repair's ticket quoted back, an exhibition stand's
// booking "lt. Ihrer Bestätigung". Every value here is made up; none is in the PII corpus.

describe("a model railway shop's customers", () => {
  it("takes a repair's number after 'repair' or 'Reparatur'", () => {
    const text = "> Your repair RT-6120 is ready for collection.\nDie Reparatur RT-6133 eilt nicht.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["RT-6120", "RT-6133"]);
    assert.deepEqual(
      valuesOf("The repair of the decoder took a week.", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      [],
    );
  });

  it("takes a booking's number after 'lt. Ihrer Bestätigung:'", () => {
    const text = "Buchung lt. Ihrer Bestätigung: EXB-0512. Die Parkausweise bitte an mich.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["EXB-0512"]);
  });
});

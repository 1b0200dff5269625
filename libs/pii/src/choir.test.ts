import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a choir's association is sent (v717): the secretary's circular with the month's birthdays,
// a ticket order named by a compound. Every value here is made up; none is in the PII corpus.

describe("a choir's circulars and orders", () => {
  it("takes the birthdays listed under a heading, not a rehearsal's date below them", () => {
    const text = [
      "Geburtstage im Mai – bitte gratulieren!",
      "",
      "07.05. Gisela Brandt",
      "22.05. Minh Tran",
      "",
      "Probe am 16.05. im Gemeindesaal.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["07.05.", "22.05."]);
  });

  it("takes an order's number after a compound of 'Bestellung'", () => {
    const text = "Anbei die Gutschrift für Ihre Kartenbestellung VR-T-240517-0042 (Rechnung folgt).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["VR-T-240517-0042"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Travel mail as the blind set v89 wrote it: loyalty cards, airline booking codes, passenger
// lists in capitals. Every value here is made up; none is in the PII corpus.

describe("travel", () => {
  it("takes loyalty and rail card numbers after their programme's name", () => {
    const numbers = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER);
    assert.deepEqual(numbers("BahnCard 50, Nr. 7081 4419 2270 3315"), ["7081 4419 2270 3315"]);
    assert.deepEqual(numbers("Vorteilscard Familie: E 5521 0934"), ["E 5521 0934"]);
    assert.deepEqual(numbers("- Ama Boateng (adult), KrisFlyer 8817 553 201"), ["8817 553 201"]);
  });

  it("takes an airline's booking code of letters only", () => {
    const orders = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER);
    assert.deepEqual(orders("Airline PNR: KXWTRB"), ["KXWTRB"]);
    assert.deepEqual(orders("Booking reference: please see below"), []);
  });

  it("reads a passenger's name in capitals in a column beside a passport", () => {
    const text = "1. MRS ANJALI VENKATARAMAN   DOB 03/02/1984   Passport 553817294";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["ANJALI VENKATARAMAN"]);
    assert.deepEqual(valuesOf("Meera Iyengar Passport", EntityType.ENTITY_TYPE_PERSON), ["Meera Iyengar"]);
  });

  it("takes a Dutch town of two words before a full stop", () => {
    assert.deepEqual(
      valuesOf(
        "We live at Laan van Nieuw Oost-Indië 220, 2593 BT Den Haag.",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Laan van Nieuw Oost-Indië 220, 2593 BT Den Haag"],
    );
  });
});

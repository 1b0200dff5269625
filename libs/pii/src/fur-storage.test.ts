import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a furrier's storage and repair workshop is sent (v690): storage tickets quoted by number, a
// customer unsure of her number, a guest writing from a London hotel. Every value here is made up;
// none is in the PII corpus.

describe("a furrier's storage customers", () => {
  it("takes storage tickets' numbers after 'Lagerschein', one or a list", () => {
    const list = "Abholung bitte für die Lagerscheine: LS-2022-01734, LS-2022-01735\nDanke";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "LS-2022-01734",
      "LS-2022-01735",
    ]);
    const one = "Der Mantel hängt bei 5 °C laut Lagerschein Nr. 17-3306 in Ihrem Lager.";
    assert.deepEqual(valuesOf(one, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["17-3306"]);
  });

  it("takes a customer's number that 'might be' the one", () => {
    const text = "Her customer number might be 48213, that is what an old letter says.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["48213"]);
  });

  it("takes a hotel's name and a range of house numbers before a London street", () => {
    const text = "I am staying at The Ashcombe Hotel, 27-31 Cromwell Road, London SW7 4QT, room 12.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "The Ashcombe Hotel, 27-31 Cromwell Road, London SW7 4QT",
    ]);
  });
});

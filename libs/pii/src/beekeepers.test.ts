import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a beekeepers' association is sent (v285): members' registrations with the veterinary
// office; an estate agent's energy certificate (v44). Every value here is made up; none is in the PII corpus.

describe("hive registrations", () => {
  it("takes a keeper's registration number", () => {
    const text = "Meine Registriernummer ist 276 09 412 088 1357, die Völker stehen am Waldrand.";
    assert.deepEqual(
      valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER).concat(
        valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ),
      ["276 09 412 088 1357"],
    );
  });

  it("takes no firm's register number", () => {
    const text = "Eingetragen im Handelsregister, Registernummer HRB 40917, Amtsgericht Ulm.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
    const polish = "Firma Nowak sp. z o.o., REGON 482017735\n---";
    assert.deepEqual(valuesOf(polish, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("takes no energy certificate's registration number: it names a building", () => {
    const text = "Energieausweis: Verbrauchsausweis bis 2031, Registriernummer RP-2021-004718236, Klasse C.";
    assert.deepEqual(detectEntities(text), []);
  });
});

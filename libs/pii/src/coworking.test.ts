import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a coworking space is sent (v658): a ticket's number after a hash with its prefix, a
// customer's number word after "Kunde". Every value here is made up; none is in the PII corpus.

describe("a coworking space's members", () => {
  it("takes a ticket's number after a hash sign, its capitals' prefix too", () => {
    const text = "Ticket hab ich schon am Montag aufgemacht: #WK-4471\n\nGruß";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["WK-4471"]);
  });

  it("takes no 'Kundennr.' after 'Kunde' for a name", () => {
    const text =
      "Es geht um Herrn Mateusz Zieliński (Ihr Kunde, Kundennr. CW-08815). Das Finanzamt fragt nach.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Mateusz Zieliński"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a music festival's ticketing, volunteers and medical tent write (v563): tickets passed on,
// wristbands swapped, incident notes, a Belgian volunteer's national number. Every value here is
// made up; none is in the PII corpus.

describe("a festival's tickets and wristbands", () => {
  it("takes a ticket's number with its letter after 'Tickets' and a wristband's after its label", () => {
    const text = "die Weitergabe deines Tickets T 8841 3390 7154 an Mia\n- Old wristband: WB-29E5-6C08";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "T 8841 3390 7154",
      "WB-29E5-6C08",
    ]);
  });

  it("takes an incident note's reference after 'Ref:'", () => {
    const text = "INCIDENT NOTE\nRef: MED-W-0231\nTime in: 22:18";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["MED-W-0231"]);
  });
});

describe("a festival's volunteers", () => {
  it("takes a Belgian national number after 'Numéro national'", () => {
    const text = "Date de naissance: 02/11/2003\nNuméro national: 03.11.02-486.11";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["03.11.02-486.11"]);
  });

  it("takes no one's name in a greeting to an office or a relation in brackets", () => {
    const text = "Hallo Helferkoordination,\n\nDas Ticket läuft auf Jonas Wendt (Bruder, geb. 03.05.2001).";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Jonas Wendt"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an e-scooter and bike-sharing operator is sent (v162): trips disputed, fines forwarded,
// insurance plates. Every value here is made up; none is in the PII corpus.

describe("trips and scooters", () => {
  const order = EntityType.ENTITY_TYPE_ORDER_NUMBER;
  const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

  it("takes a trip's id after 'Trip', 'Trip ID', 'Fahrt-ID' or 'Fahrt', and in a trip log's column", () => {
    assert.deepEqual(valuesOf("Trip ID was TRP-XY-21Q4-77310, scooter on the stem", order), [
      "TRP-XY-21Q4-77310",
    ]);
    assert.deepEqual(valuesOf("Die Fahrt war TRP-K-7Q2M-40915.", order), ["TRP-K-7Q2M-40915"]);
    assert.deepEqual(valuesOf("Fahrt-ID ....... TRP-DD-8KZ1-11204", order), ["TRP-DD-8KZ1-11204"]);
    assert.deepEqual(valuesOf("trip_id;start;km\nTRP-H-9Z3B-20419;2024-03-02T07:41:09Z;2.4", order), [
      "TRP-H-9Z3B-20419",
    ]);
    assert.deepEqual(valuesOf("Die Fahrt 2024 war schön, a trip of 3 days.", order), []);
  });

  it("takes an insurance plate after its word, and the plates listed after it", () => {
    assert.deepEqual(valuesOf("mit dem Versicherungskennzeichen 417 KWR folgende", plate), ["417 KWR"]);
    assert.deepEqual(valuesOf("Roller FZ-L-7710 (Kennz. 209 FXP)", plate), ["209 FXP"]);
    assert.deepEqual(
      valuesOf("Roller (Versicherungskennzeichen):\n112 SMB, 114 SMD, 119 SML\n\nKosten", plate),
      ["112 SMB", "114 SMD", "119 SML"],
    );
  });

  it("takes an Austrian authority's file number after 'GZ:'", () => {
    assert.deepEqual(valuesOf("GZ: VStV/918400277613/2024\n\nHerrn", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "VStV/918400277613/2024",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tram and bus operator's customer service is sent (v535): appeals against fare-dodging
// fines, passengers from abroad signing with their addresses. Every value here is made up; none is
// in the PII corpus.

describe("appeals and refunds at a transport operator", () => {
  it("takes a fare-dodging fine's number after 'Mehrgebühr'", () => {
    const text =
      "Betreff: AW: Mehrgebühr MG 2025/0418833 – Einspruch\n\ndie Mehrgebühr von 105 Euro zahle ich nicht.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["MG 2025/0418833"]);
  });

  it("takes a Graz street on its 'Gürtel' and a Czech 'třída'", () => {
    const text =
      "Danke\nJelena Kovač\nWienergürtel 18/2/5, 8020 Graz\n\nBest regards\nOndřej Malý\nPlzeňská třída 42, 301 00 Plzeň";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Wienergürtel 18/2/5, 8020 Graz",
      "Plzeňská třída 42, 301 00 Plzeň",
    ]);
  });
});

// A ferry line's islanders and guests (v549): a town "auf" an island, a Danish mark of birth.
describe("a ferry line's islanders", () => {
  it("takes a town on an island after its postcode", () => {
    const text = "Many thanks,\nOle Brodersen\nSüderstraße 12, 25938 Wyk auf Föhr";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Süderstraße 12, 25938 Wyk auf Föhr",
    ]);
  });

  it("takes a date after Danish 'født'", () => {
    const text = "min datter Freja (født 17.05.2009) skal have et beboerkort.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["17.05.2009"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a window and facade cleaning firm's dispatchers, crews and insurers write (v552, v732):
// crews and key holders in tables, an insurance policy's number after its compound, the vans'
// plates for a loading bay. Every value here is made up; none is in the PII corpus.

describe("a window cleaner's crews and keys", () => {
  it("takes the names in a crew's column and in a key list's 'issued to' column", () => {
    const text = [
      "Tag\tObjekt\tKolonne\tFahrzeug",
      "Mo 19.05.\tWallgutstraße 6\tKowalczyk, Wróbel\tKN-GW 419",
      "",
      "Schlüssel-Nr.\tObjekt\tAusgegeben an\tam",
      "07\tSchottenstraße 52a\tHrubý\t03.04.",
    ].join("\n");
    const people = valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(people.includes("Kowalczyk, Wróbel"), people.join(" | "));
    assert.ok(people.includes("Hrubý"), people.join(" | "));
  });

  it("leaves a crew's code in that column alone", () => {
    const text = "Kolonne;Vorarbeiter;Mobil\nK1;Dariusz Nowak;0171 4839207\nK2;Ionuț Popescu;0176 22904518";
    assert.deepEqual(
      valuesOf(text, EntityType.ENTITY_TYPE_PERSON).filter((value) => /\d/.test(value)),
      [],
    );
  });
});

describe("a window cleaner's key safes", () => {
  it("takes the old code and the new one given instead", () => {
    const text = "key safe code changed?? old 2290 not working, caretaker gave me new one 5517 by phone";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["2290", "5517"]);
  });
});

describe("a window cleaner's insurance", () => {
  it("takes a policy's number after a compound that ends in 'Police'", () => {
    const text = "Betriebshaftpflicht-Police: BH-4.118.902\nGebäudepolice: 30.118.447";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CONTRACT_NUMBER), ["BH-4.118.902", "30.118.447"]);
  });
});

describe("a building's loading bay", () => {
  it("takes every plate of a list, one with a district that is also a word", () => {
    const text = "Last time it was:\n\n- F-KB 518 (van)\n- OF-MA 3307\n- HU-Z 81\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "F-KB 518",
      "OF-MA 3307",
      "HU-Z 81",
    ]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
  });
});

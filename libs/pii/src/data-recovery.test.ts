import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a repair shop and data-recovery lab is sent (v380): the passwords and unlock patterns of the
// devices handed in. Every value here is made up; none is in the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a device's passwords as customers send them", () => {
  it("takes a list of passwords, one to a line after a line about passwords", () => {
    const list =
      "Die Passwörter können Sie alle probieren:\n\nEmre&Ada2019\nKolibri.Bonn.22\nka250489!\nTarçın-2016\n\nAuf dem PC gibt es zwei Konten.";
    assert.deepEqual(valuesOf(list, secret), ["Emre&Ada2019", "Kolibri.Bonn.22", "ka250489!", "Tarçın-2016"]);
  });

  it("takes an unlock pattern written as digits", () => {
    assert.deepEqual(valuesOf("The tablet has a pattern lock: 1-4-7-8-9. Thanks!", secret), ["1-4-7-8-9"]);
  });

  it("takes a password after 'ist unverändert'", () => {
    assert.deepEqual(valuesOf("Das Gerätepasswort vom Laptop ist unverändert nadia1984.", secret), [
      "nadia1984",
    ]);
  });
});

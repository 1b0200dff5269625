import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Learners' mails with values glued to words, Belgian and French phone numbers, and a building's
// lists of its tenants, as the blind sets v124 (a furniture store), v125 (a housing cooperative) and
// v126 (a language and driving school) wrote them, v127's (a hotel group) room lists and v128's (a
// utility) town of two words. Every value here is made up; none is in the PII
// corpus.

const masked = (text: string) => detectEntities(text, {}).map((entity) => entity.value);

describe("learners' mails", () => {
  it("takes a phone glued to its word, and a town typed after a glued postcode", () => {
    const phone = EntityType.ENTITY_TYPE_PHONE;
    assert.deepEqual(valuesOf("meine nummer ist0152 3344 5561.meine adresse", phone), ["0152 3344 5561"]);
    assert.deepEqual(valuesOf("i pay,my tel+30 694 612 8830(greek number)", phone), ["+30 694 612 8830"]);
    assert.deepEqual(
      valuesOf("Nikos Andreou\nVenloer Str. 412,50825 köln\nHandy", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["Venloer Str. 412,50825 köln"],
    );
  });
});

describe("towns", () => {
  it("takes a town of two words that ends the line", () => {
    assert.deepEqual(
      valuesOf(
        "Tobias Brandt, Gartenstr. 5a, 32457 Porta Westfalica\nHandy",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Gartenstr. 5a, 32457 Porta Westfalica"],
    );
  });
});

describe("room lists", () => {
  it("takes a birth date after Polish 'ur.'", () => {
    const text = "Zieliński Krzysztof – ur. 14.05.1978 – dowód folgt";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.05.1978"]);
  });
});

describe("Belgian and French numbers", () => {
  it("takes phones in dots and slashes, not an aid's number in dots", () => {
    const phone = EntityType.ENTITY_TYPE_PHONE;
    assert.deepEqual(valuesOf("Erreichbar unter 087/66.43.19 (privat) oder 0475/39.22.65. Von", phone), [
      "087/66.43.19",
      "0475/39.22.65",
    ]);
    assert.deepEqual(valuesOf("Tél. 03 88 94 13 77\nPortable 06.85.28.94.12\n", phone), [
      "03 88 94 13 77",
      "06.85.28.94.12",
    ]);
    assert.deepEqual(valuesOf("Rollator (Hilfsmittelnummer 10.50.04.0013) inkl. Korb", phone), []);
  });
});

describe("a building's lists", () => {
  it("takes each tenant after a flat's number, not a free flat", () => {
    const text =
      "KW 14   Whg. 1  – Petrović\nKW 15   Whg. 2  – Sommerfeld / Acar\nKW 21   Whg. 8  – Kowalczyk, Ewa\nKW 22   Whg. 9  – frei\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [
      "Petrović",
      "Sommerfeld",
      "Acar",
      "Kowalczyk, Ewa",
    ]);
  });

  it("takes the name on an account", () => {
    assert.ok(masked("Name on account: F Al-Sayed\n\nTenancy ref").includes("F Al-Sayed"));
  });
});

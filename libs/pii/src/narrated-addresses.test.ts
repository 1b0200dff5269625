import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v77 (older customers who narrate their addresses) showed. Every value
// here is made up; none is in the PII corpus.

const addresses = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS);

describe("addresses told in prose", () => {
  it("reads a street with its number in words or called a number, in either order", () => {
    assert.deepEqual(addresses("ich wohne im Fliederweg, Hausnummer elf, das ist das Eckhaus."), [
      "Fliederweg, Hausnummer elf",
    ]);
    assert.deepEqual(addresses("Bringen Sie es in die Lindenstraße vierzehn, danke."), [
      "Lindenstraße vierzehn",
    ]);
    assert.deepEqual(addresses("es ist immer noch die Nummer 8 in der Schillerstraße, nicht die 10."), [
      "Nummer 8 in der Schillerstraße",
    ]);
    assert.deepEqual(addresses("the cottage at number 9 on Mill Lane, past the pub"), [
      "number 9 on Mill Lane",
    ]);
    assert.deepEqual(addresses("my address is forty-two Heron Close, by the park"), [
      "forty-two Heron Close",
    ]);
  });

  it("takes a postcode told alone, and leaves times, parking spaces and seasons", () => {
    assert.deepEqual(addresses("Die Postleitzahl hatte ich vergessen, die ist 31832."), ["31832"]);
    assert.deepEqual(addresses("Der Heimweg zwei Stunden lang war anstrengend."), []);
    assert.deepEqual(addresses("Den Stellplatz Nr. 4 nehme ich. Im Herbst 2024 ziehe ich um."), []);
  });
});

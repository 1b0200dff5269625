import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a rowing and canoe club is sent (v319): regattas' crew lists written inline with each
// rower's year of birth, members' addresses in villages; a crew list in seat order with the years
// in the next column (v674). Every value here is made up; none is in the PII corpus.

describe("crew lists and members' addresses", () => {
  it("takes years of birth in brackets after the crew's names, marked or listed", () => {
    const marked = "Bug: Lasse Brühl (Jg. 2011), Stm.: Ilka Bramstedt (Jg. 2012)";
    assert.deepEqual(valuesOf(marked, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["2011", "2012"]);
    const listed = "Bow: Oona Sjöberg (1972), 2: Piet Hansen (1969), Cox: Wiebke Tollkühn (1990)";
    assert.deepEqual(valuesOf(listed, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["1972", "1969", "1990"]);
    assert.deepEqual(
      valuesOf("Der Film mit Tom Hanks (1994) war gut.", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      [],
    );
  });

  it("keeps a district after 'OT' with its town", () => {
    const text = "Ilka Bramstedt\nWeinbergweg 14\n06618 Naumburg OT Flemmingen\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Weinbergweg 14\n06618 Naumburg OT Flemmingen",
    ]);
  });
});

describe("crew lists in columns", () => {
  it("takes a year of birth after 'Jg.' in the column beside a name", () => {
    const text = ["Bug     Henrike Albers     Jg. 1972", "Schlag  Tobias Wendland    Jg. 1968"].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["1972", "1968"]);
  });
});

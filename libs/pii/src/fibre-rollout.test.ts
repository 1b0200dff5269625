import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a fibre rollout's canvassers and installers type on a phone (v185): a street per line, in
// lower case, and the households there. Every value here is made up; none is in the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const person = EntityType.ENTITY_TYPE_PERSON;

describe("a canvasser's streets in lower case", () => {
  it("takes a 'weg' that opens a note's line, after a time or a corner, without a postcode", () => {
    assert.deepEqual(valuesOf("10:15 kappelner weg 41 - kunde zufrieden", address), ["kappelner weg 41"]);
    assert.deepEqual(valuesOf("ecke drosselweg 7 - niemand da", address), ["drosselweg 7"]);
    assert.deepEqual(valuesOf("wir waren durchweg 3 mal dort", address), []);
  });

  it("reads no hours in a word that opens with an h after the number", () => {
    assert.deepEqual(valuesOf("kappelner weg 41 hüp im keller", address), ["kappelner weg 41"]);
  });

  it("takes two house numbers joined by a plus", () => {
    assert.deepEqual(valuesOf("ahornallee 16+18 gehört einer erbengemeinschaft", address), [
      "ahornallee 16+18",
    ]);
  });
});

describe("a household's name after a salutation typed short", () => {
  it("reads 'fam.', 'hr' and 'fr' in lower case before a capitalized name", () => {
    assert.deepEqual(valuesOf("beide häuser gehören fam. Szymanski, unterschrift folgt", person), [
      "Szymanski",
    ]);
    assert.deepEqual(valuesOf("vermieter hr Lindqvist ruft zurück", person), ["Lindqvist"]);
  });
});

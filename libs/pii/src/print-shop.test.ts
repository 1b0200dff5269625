import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a print shop is sent (v274): invitations and notices whose text tells a life. Every value
// here is made up; none is in the PII corpus.

describe("birthday cards and notices", () => {
  it("takes a birth date told with the verb first", () => {
    const text = "Am 9. März 1951 wurde er in Görlitz geboren, und nun feiern wir.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["9. März 1951"]);
  });

  it("takes a birth date before 'das Licht der Welt erblickt'", () => {
    const text = "Am 3. Oktober 1948 hat sie in Tilsit das Licht der Welt erblickt.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["3. Oktober 1948"]);
  });

  it("takes no date of a thing that was built", () => {
    const text = "Am 3. Oktober 1948 wurde das Haus gebaut, in dem sie später geboren wurde.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an optician's staff type from voicemails (v188): numbers as the caller said them, in
// groups, with tens and compounds. Every value here is made up; none is in the PII corpus.

const phone = EntityType.ENTITY_TYPE_PHONE;

describe("a number said in groups", () => {
  it("reads German groups with a compound number, apart by commas", () => {
    const note = "Bitte Rückruf, null sieben zwei, acht vier eins, sechs sechs, dreiundvierzig. Danke";
    assert.deepEqual(valuesOf(note, phone), [
      "null sieben zwei, acht vier eins, sechs sechs, dreiundvierzig",
    ]);
  });

  it("reads English tens joined with a hyphen and a 'double-oh'", () => {
    assert.deepEqual(valuesOf("Phone: zero six one, three five two, forty-four, eighty. Thanks", phone), [
      "zero six one, three five two, forty-four, eighty",
    ]);
    assert.deepEqual(
      valuesOf("call me on double-oh four one, seven seven two, five eight nine. Bye", phone),
      ["double-oh four one, seven seven two, five eight nine"],
    );
  });

  it("leaves a few counts said as words alone", () => {
    assert.deepEqual(valuesOf("wir waren zweiundzwanzig, dreiundzwanzig Leute und elf Kinder", phone), []);
  });
});

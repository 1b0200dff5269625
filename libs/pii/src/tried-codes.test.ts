import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Codes someone tried or had before, in mails about a locked card, a key safe or a door: no
// keyword stands right before them. Every value here is made up; none is in the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a code someone tried or had before", () => {
  it("takes every code tried, in English and German", () => {
    assert.deepEqual(valuesOf("Which PIN did I set? I've tried 6390 and 7152, both wrong.", secret), [
      "6390",
      "7152",
    ]);
    assert.deepEqual(valuesOf("PIN vergessen, hab probiert mit 3184 und dann 9027.", secret), [
      "3184",
      "9027",
    ]);
  });

  it("takes the old code named as old", () => {
    assert.deepEqual(valuesOf("Der Schlüsselkasten geht nicht, der alte 2716 geht nicht mehr.", secret), [
      "2716",
    ]);
  });

  it("takes the code it no longer is", () => {
    assert.deepEqual(valuesOf("Code fürs Tor ist jetzt 5830, nicht mehr 2716.", secret), ["5830", "2716"]);
  });

  it("takes both codes someone asks between", () => {
    assert.deepEqual(valuesOf("the door code doesn't work for me, is it 0519 or 0591?", secret), [
      "0519",
      "0591",
    ]);
    assert.deepEqual(valuesOf("Code fürs Tor: war das 4711# oder 1947#?", secret), ["4711#", "1947#"]);
    assert.deepEqual(valuesOf("Is it 2024 or 2025 that the warranty ends?", secret), []);
  });

  it("leaves numbers after the same words alone in a mail about no code", () => {
    assert.deepEqual(valuesOf("We tried 2019 and 2020 models; the old 1998 one still runs.", secret), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keywordHeads, Tokens } from "./tokens.js";

describe("keyword heads", () => {
  it("finds every alternative's first word, also after a '(' or '|' inside a character class", () => {
    const family = keywordHeads("fahrt(?=[ :(|]+[A-Z]{2}-)|trip(?:[ -]?id)?|(?:rental|lease) agreement");
    const tokens = new Tokens("Die Fahrt und der trip, dann das lease agreement und ein rental car");
    assert.deepEqual(
      tokens.withHead(family).map((i) => tokens.lowers[i]),
      ["fahrt", "trip", "lease", "rental"],
    );
  });
});

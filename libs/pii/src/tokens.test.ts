import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keywordHeads, Tokens } from "./tokens.js";

const found = (alternation: string, text: string): string[] => {
  const tokens = new Tokens(text);
  return tokens.withHead(keywordHeads(alternation)).map((i) => tokens.lowers[i]!);
};

describe("keyword heads", () => {
  it("finds where an alternative matches, also after a '(' or '|' inside a character class", () => {
    assert.deepEqual(
      found(
        "fahrt(?=[ :(|]+[A-Z]{2}-)|trip(?:[ -]?id)?|(?:rental|lease) agreement",
        "Die Fahrt AB-1, die Fahrt und der trip, dann das lease agreement und ein rental car",
      ),
      ["fahrt", "trip", "lease"],
    );
  });

  it("passes over words that only share a keyword's first letters", () => {
    assert.deepEqual(
      found(
        "freundeskreis(?:-?nr)?|mein[ \u00a0]zeichen",
        "Mit freundlichen Grüßen, meine Nummer im Freundeskreis",
      ),
      ["freundeskreis"],
    );
  });

  it("takes a quantified last letter as optional and the case of the text as it comes", () => {
    assert.deepEqual(found("invoices?|rechnung", "INVOICE 12, Invoices 13, Rechnungen"), [
      "invoice",
      "invoices",
      "rechnungen",
    ]);
  });

  it("finds a keyword that opens with fewer letters than the token's head, a whole short word only alone", () => {
    assert.deepEqual(found(String.raw`c\.?i\.?(?=[ ]+[A-Z]{2}\d)`, "CI AB12, C.I. AB12, city AB12"), [
      "ci",
      "c",
    ]);
    assert.deepEqual(found("c|avenida", "Calle Mayor 5, c Mayor 5"), ["c"]);
  });

  it("refuses an alternative whose first letter may be missing", () => {
    assert.throws(() => keywordHeads("s?konto"), /required letter/);
  });
});

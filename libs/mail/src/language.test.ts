import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it("tells German from English", () => {
    assert.equal(
      detectLanguage("Können Sie mir bitte sagen, wann die Lieferung ankommt? Das wäre sehr nett."),
      "de",
    );
    assert.equal(
      detectLanguage("Could you please tell me when the delivery will arrive? That would be great."),
      "en",
    );
  });

  it("stays empty when unsure: too few words, other languages, or an even mix", () => {
    assert.equal(detectLanguage("OK"), "");
    assert.equal(detectLanguage("Merci beaucoup pour votre réponse rapide."), "");
    assert.equal(detectLanguage("Ich habe the invoice und das ist for you with the"), "");
  });
});

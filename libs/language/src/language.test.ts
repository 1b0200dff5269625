import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage, likelyLanguage } from "./language.js";

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

  it("reads umlauts whether written or folded", () => {
    assert.equal(detectLanguage("Grüße und Danke für alles"), "de");
    assert.equal(detectLanguage("Gruesse und Danke fuer alles"), "de");
  });

  it("stays empty when unsure: too few words, other languages, or an even mix", () => {
    assert.equal(detectLanguage("OK"), "");
    assert.equal(detectLanguage("Merci beaucoup pour votre réponse rapide."), "");
    assert.equal(detectLanguage("Ich habe the invoice und das ist for you with the"), "");
  });
});

describe("likelyLanguage", () => {
  it("answers even for a short text", () => {
    assert.equal(likelyLanguage("Hallo, ich habe meine Bestellung noch nicht erhalten."), "de");
    assert.equal(likelyLanguage("Hi, I have not received my order and it was paid."), "en");
    assert.equal(likelyLanguage("Danke schön"), "de");
  });

  it("falls back on a tie or on no evidence", () => {
    assert.equal(likelyLanguage("[[ORDER_NUMBER_1]]", "en"), "en");
    assert.equal(likelyLanguage("[[ORDER_NUMBER_1]]"), "de");
    assert.equal(likelyLanguage("ich the", "en"), "en");
  });
});

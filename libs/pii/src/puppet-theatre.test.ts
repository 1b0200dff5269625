import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a touring puppet theatre is sent and sends (v603): a Belgian festival's enterprise number
// with its dots, a performer's video profile, Flemish and English given names. Every value here
// is made up; none is in the PII corpus.

describe("a puppet theatre on tour", () => {
  it("takes a Belgian VAT number written with dots", () => {
    const text = "Ours: BE 0417.552.318\nBTW-nummer BE0417552318";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_VAT_ID), ["BE 0417.552.318", "BE0417552318"]);
  });

  it("takes a performer's profile on a video site", () => {
    const text = "Showreel auf Vimeo (https://vimeo.com/marenkowalke) oder vimeo.com/marenkowalke/reel";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://vimeo.com/marenkowalke",
      "vimeo.com/marenkowalke/reel",
    ]);
  });

  it("knows Flemish and English given names", () => {
    const text = "The performers would be Hattie Brennan-Oyelaran and Kobe Verstraeten.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [
      "Hattie Brennan-Oyelaran",
      "Kobe Verstraeten",
    ]);
  });
});

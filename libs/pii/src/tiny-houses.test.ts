import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maskText } from "./mask.js";

// What a tiny-house builder is sent (v327): couples writing together about their plans, each
// naming the other. Every value here is made up; none is in the PII corpus.

describe("a German genitive of a name found in the mail", () => {
  it("masks the name and leaves its 's', under the name's own placeholder", () => {
    const text =
      "Wir sind Radosław Pietrasz und Bogumiła. Radosławs Adresse ist unten, Bogumiłas Nummer auch.";
    assert.equal(
      maskText(text).masked,
      "Wir sind [[PERSON_1]] und [[PERSON_2]]. [[PERSON_1]]s Adresse ist unten, [[PERSON_2]]s Nummer auch.",
    );
  });

  it("leaves a noun's genitive alone though the noun was taken for a name", () => {
    const text = "Bitte an Herrn Landrat Pietrasz, mit Kopie an das Büro des Landrats.";
    assert.doesNotMatch(maskText(text).masked, /\]\]s\b/);
  });
});

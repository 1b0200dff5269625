import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a concert promoter's accreditation desk gets (v487): journalists quoting their press cards
// and staff cards. Every value here is made up; none is in the PII corpus.

describe("a press card's or a staff card's number", () => {
  const document = EntityType.ENTITY_TYPE_ID_DOCUMENT;

  it("takes the number after Presseausweis, press card, NUJ card and Dienstausweis", () => {
    assert.deepEqual(valuesOf("dass mein Presseausweis (Nr. K 07731) erst im Januar", document), ["K 07731"]);
    assert.deepEqual(valuesOf("German press card: DJV 2024/0913347\nResidence", document), [
      "DJV 2024/0913347",
    ]);
    assert.deepEqual(valuesOf("for our reporter (NUJ card NUJ 0771203).", document), ["NUJ 0771203"]);
    assert.deepEqual(valuesOf("fest angestellt beim Sender, Dienstausweis BR 40917)", document), [
      "BR 40917",
    ]);
  });
});

describe("given names a guest list showed the lists lacked", () => {
  it("takes Dörte, Raj, Maisie, Tolulope and Mei-Ling", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Gästeliste: Dörte (merch) +0", person), ["Dörte"]);
    assert.deepEqual(valuesOf("Agency (3): Raj Kulkarni +1, Maisie Hartwell +1", person), [
      "Raj Kulkarni",
      "Maisie Hartwell",
    ]);
    assert.deepEqual(valuesOf("I'm not happy with how Mei-Ling was treated.", person), ["Mei-Ling"]);
    assert.deepEqual(valuesOf("Parent travelling with her: Tolulope Banjo, DOB", person), ["Tolulope Banjo"]);
  });
});

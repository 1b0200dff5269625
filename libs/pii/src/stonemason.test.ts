import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a stonemason is sent (v333): the text for a gravestone, a name and the life's dates below
// it. Every value here is made up; none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("a gravestone's text", () => {
  it("takes the first date of a life's span on the line under a name, with no word of death", () => {
    const text = "hallo, hier der text für die platte:\n\nKemal Ersoy\n07.02.1951 – 11.10.2022\n\ngruß";
    assert.deepEqual(valuesOf(text, birth), ["07.02.1951"]);
  });

  it("leaves a span under a line that names no one alone", () => {
    const text = "Laufzeit des Rahmenvertrags\n07.02.1991 – 11.10.2022\n\nGrüße";
    assert.deepEqual(valuesOf(text, birth), []);
  });
});

describe("a stone's text in the family's language", () => {
  it("takes the date after Vietnamese 'Sinh ngày' and Portuguese 'Nasceu em … a'", () => {
    const vietnamese = "    TRẦN VĂN MINH\n    Sinh ngày 21.03.1944\n    Mất ngày 02.02.2024";
    assert.deepEqual(valuesOf(vietnamese, birth), ["21.03.1944"]);
    const portuguese = "    Nasceu em Braga a 03.11.1952\n    Faleceu em Ulm a 14.01.2024";
    assert.deepEqual(valuesOf(portuguese, birth), ["03.11.1952"]);
  });
});

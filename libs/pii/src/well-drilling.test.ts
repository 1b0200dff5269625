import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a well-drilling firm is sent (v327, v328): older customers applying for a subsidy who write
// as they speak, couples listing both partners' numbers. Every value here is made up; none is in
// the PII corpus.

const taxId = EntityType.ENTITY_TYPE_TAX_ID;

describe("a tax id far after its keyword", () => {
  it("is taken when a long clause stands between them", () => {
    const text =
      "Die Steueridentifikationsnummer steht auf dem Brief vom Finanzamt, ich schreibe sie so ab wie sie dasteht: 52 190 734 608.";
    assert.deepEqual(valuesOf(text, taxId), ["52 190 734 608"]);
  });

  it("is taken after a partner's name in the genitive in a list of two", () => {
    const text = "Die Steuer-IDs: meine 52 190 734 608, Dariusz' 61 803 247 519 und Jolantas 61 803 247 520.";
    assert.deepEqual(valuesOf(text, taxId), ["52 190 734 608", "61 803 247 519", "61 803 247 520"]);
  });
});

describe("a customer number said with hedges", () => {
  it("is taken after 'ist glaube ich die'", () => {
    assert.deepEqual(
      valuesOf(
        "Meine Kundennummer bei Ihnen ist glaube ich die 73819, so steht es oben",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["73819"],
    );
  });
});

describe("a field crew's site note", () => {
  it("takes a padlock's code", () => {
    assert.deepEqual(
      valuesOf("2) 10:15 water test\n   gate padlock 7629\n   dogs on site", EntityType.ENTITY_TYPE_SECRET),
      ["7629"],
    );
    assert.deepEqual(
      valuesOf("Side gate padlock cut. Replaced with ours.", EntityType.ENTITY_TYPE_SECRET),
      [],
    );
  });
});

describe("an Irish farmer's web form in lower case", () => {
  it("knows the short forms of Irish given names", () => {
    assert.deepEqual(
      valuesOf(
        "Topic: Other\nMessage: this is dessie lawlor, ye drilled a well for my father",
        EntityType.ENTITY_TYPE_PERSON,
      ),
      ["dessie lawlor"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tree surgery firm is sent (v306): homeowners' long letters, neighbours' disputes, short
// notes about keys and gates. Every value here is made up; none is in the PII corpus.

describe("homeowners' mails", () => {
  it("takes tax ids listed under a line that names them far before its colon", () => {
    const text =
      "Der Steuerberater möchte, dass ich Ihnen unsere Steuer-IDs gebe, ob das nötig ist weiß ich nicht, hier:\nGerlinde: 57 193 208 466\nBernd: 82640519374\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TAX_ID), ["57 193 208 466", "82640519374"]);
  });

  it("takes a plate after a compound vehicle word, with a spaced dash", () => {
    const text = "Der Fahrer des Pritschenwagens KA - RT 417 sagte, wir sollen warten.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["KA - RT 417"]);
  });

  it("takes a name signing after the last sentence, even after a pet's word", () => {
    const text = "key safe is left of the back door. please close the gate after, the dog. Ellie";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Ellie"]);
    assert.deepEqual(
      valuesOf("we are out all day. please mind the cat. ellie", EntityType.ENTITY_TYPE_PERSON),
      ["ellie"],
    );
  });

  it("takes a writer's name that is a word too between 'its' and 'from'", () => {
    const text = "hi mate its Dean from tuesday, the job at the garages";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Dean"]);
    assert.deepEqual(valuesOf("Hello, it's Paris from here on", EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("reads Ireland's freephone numbers as phones", () => {
    const text = "I rang the network on 1800 524 118 and they came out.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["1800 524 118"]);
  });
});

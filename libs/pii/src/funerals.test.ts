import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a funeral home is sent (v169): relatives' letters about the deceased, death notices and
// headstone texts. Every value here is made up; none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const person = EntityType.ENTITY_TYPE_PERSON;

describe("a life's dates", () => {
  it("takes a birth date before 'geboren' with a place of any script and a few words between", () => {
    assert.deepEqual(
      valuesOf("Sie wurde am 4. Juli 1931 in Żyrardów geboren und lebte später in Kassel.", birth),
      ["4. Juli 1931"],
    );
    assert.deepEqual(valuesOf("Er ist am 19.02.1938 in einem kleinen Dorf bei Larisa geboren.", birth), [
      "19.02.1938",
    ]);
  });

  it("takes the first date of a life's span on a death notice's line, not a job's period", () => {
    const notice = "In stiller Trauer\n\n   HELMUT RAUSCHENBACH\n   27.03.1944 – 15.10.2025\n";
    assert.deepEqual(valuesOf(notice, birth), ["27.03.1944"]);
    assert.deepEqual(valuesOf("* 9. Mai 1936 † 2. Juni 2025", birth), ["9. Mai 1936"]);
    assert.deepEqual(valuesOf("Beschäftigungszeitraum:\n01.04.1999 – 31.03.2024\n", birth), []);
  });
});

describe("the family a notice lists", () => {
  it("takes a given name the lexicon lacks in a list of given names", () => {
    assert.deepEqual(valuesOf("Loving father of Nilesh, Sarvesh and Bhavesh.", person), [
      "Nilesh",
      "Sarvesh",
      "Bhavesh",
    ]);
    assert.deepEqual(valuesOf("Die Enkel Sven und Lorielle kommen auch.", person), ["Sven", "Lorielle"]);
  });

  it("leaves a firm's second name after an ampersand alone", () => {
    assert.deepEqual(valuesOf("Grüße von Sven & Quarzwerk", person), ["Sven"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cable car company's ski school desk is sent (v532): parents listing their children with
// ages and birth dates, a club's member list with a question in its header. Every value here is
// made up; none is in the PII corpus.

describe("ski school groups", () => {
  it("takes a child's name and birth date where age and date agree, even a name that is a word", () => {
    const text =
      "Kinder:\nKerem – 12 Jahre (14.02.2013)\nCan – 9 Jahre (30.06.2016)\n\nThe kids:\n- Orestis, 7 years (born 11/09/2018)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Kerem", "Can", "Orestis"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "14.02.2013",
      "30.06.2016",
      "11/09/2018",
    ]);
  });

  it("reads a table whose header asks a question in one word", () => {
    const table = [
      "Mitgl.-Nr. | Name              | geb.       | neu?",
      "0617       | Quirin Ostermaier | 22.08.2012 | ja",
      "0622       | Mila Brandstätter | 09.11.2013 | nein",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["0617", "0622"]);
  });
});

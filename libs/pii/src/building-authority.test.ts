import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a building authority's citizen service gets (v574): Austrian file numbers after "GZ" and
// "Zl." that open with letters. Every value here is made up; none is in the PII corpus.

describe("a building authority's file numbers", () => {
  it("takes a file number after 'GZ' that opens with letters and one after 'Zl.'", () => {
    const text = [
      "Akteneinsicht gem. § 17 AVG – GZ BA-0917/2024-Ku",
      "GZ: Bau-2024/0142",
      "Bescheid des Bürgermeisters vom 2.9.2024, Zl. 131/9-37/2024-Ho",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "BA-0917/2024-Ku",
      "Bau-2024/0142",
      "131/9-37/2024-Ho",
    ]);
  });

  it("reads 'ganz' as no keyword", () => {
    assert.deepEqual(valuesOf("Das ist ganz BA-0917 egal", EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });
});

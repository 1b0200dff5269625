import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a ski rental's staff write (v570): a locker list with each guest's name and code. Every
// value here is made up; none is in the PII corpus.

describe("a ski rental's lockers", () => {
  it("takes the codes in a column beside the guests' names", () => {
    const text = [
      "Schrank | Name | Unterkunft | Code | bis",
      "07 | Yılmaz (4 Pers.) | Haus Gurgl, App. 3 | 3817 | 22.02.",
      "11 | Bakker | Ap. Zirbe | 6024 | 22.02.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["3817", "6024"]);
  });
});

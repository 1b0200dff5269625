import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a hotel spa's staff write (v585): a rota with the week's days as columns and the
// therapists in the first, a lost property list with the lockers' codes beside the guests. Every
// value here is made up; none is in the PII corpus.

describe("a hotel spa's rota and lockers", () => {
  it("takes the staff in a rota's first column under a week's number", () => {
    const text = [
      "KW 43          | Mo     | Di          | Mi          | Do     | Fr",
      "---------------|--------|-------------|-------------|--------|-------",
      "Gruber A.      | 09–17  | 09–17       | frei        | 12–20  | 12–20",
      "(incl. Sauna,  |        |             |             |        |",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Gruber A."]);
  });

  it("takes a locker's code in a list that names the guest", () => {
    const text = [
      "Datum  | Spind | Code | Gegenstand               | Gast",
      "-------|-------|------|--------------------------|--------------------",
      "03.10. | D-07  | 1190 | Silberkette mit Anhänger | Weitgruber, Zi 203",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["1190"]);
  });
});

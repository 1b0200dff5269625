import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a toll service centre and a sawmill's hauliers send (v609, v611): fleets' vehicle lists,
// two columns under "Plate" and "OBU", or a loading plan's trucks and trailers. Every value here
// is made up; none is in the PII corpus.

const plates = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE);

describe("fleets' vehicle lists", () => {
  it("reads a two-column table's header as a header, not as a label and its value", () => {
    const table = [
      "| Plate    | OBU                |",
      "|----------|--------------------|",
      "| VLK 318  | 7026 5120 4471 9   |",
      "| VLK 321  | 7026 5120 4488 2   |",
    ].join("\n");
    assert.deepEqual(plates(table), ["VLK 318", "VLK 321"]);
  });

  it("still reads a label and its value as such", () => {
    assert.deepEqual(plates("| Kennzeichen | M-KL 4412 |"), ["M-KL 4412"]);
  });

  it("takes the plates of a loading plan's trucks and trailers", () => {
    const plan = [
      "Truck      | Trailer    | Driver         | ETA",
      "TT-518KX   | TT-204YB   | Juraj Kováč    | 06:30",
      "NR-330DF   | NR-771YC   | Milan Hrušovský | 07:15",
    ].join("\n");
    assert.deepEqual(plates(plan), ["TT-518KX", "TT-204YB", "NR-330DF", "NR-771YC"]);
  });
});

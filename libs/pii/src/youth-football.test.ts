import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a sports club's youth football section gets (v429): coaches' team sheets for tournaments,
// a player and her birth date a line, the year often in two digits. Every value here is made up;
// none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("a team sheet", () => {
  it("takes each player's date, two-digit years too", () => {
    const sheet = [
      "Ananya Rao        9.11.14",
      "Lena Wiśniewska   22.5.15",
      "Mia Becker        21.3.2015",
      "Torwart: Paula Schmid 19.2.14",
    ].join("\n");
    assert.deepEqual(valuesOf(sheet, birth), ["9.11.14", "22.5.15", "21.3.2015", "19.2.14"]);
  });

  it("leaves a list of this year's appointments alone", () => {
    const year = new Date().getFullYear() % 100;
    const plan = [`Anna Weber   3.2.${year}`, `Mia Becker   4.2.${year}`, `Lena Braun   5.2.${year}`].join(
      "\n",
    );
    assert.deepEqual(valuesOf(plan, birth), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a talent agency gets (v485): children's measurements and casting schedules. Every value
// here is made up; none is in the PII corpus.

describe("a child's measurements and a schedule's break", () => {
  it("leaves a clothing size after Konfektionsgröße alone", () => {
    assert.deepEqual(
      valuesOf(
        "Größe (cm): 118\nKonfektionsgröße: 116/122\nSchuhgröße: 29",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      [],
    );
  });

  it("leaves a schedule's break line in a name column alone", () => {
    const schedule = [
      "Zeit   | Kind                | Mutter",
      "10:40  | --- Pause ---",
      "10:50  | Lotta Brenner       | Ines Brenner",
    ];
    assert.deepEqual(valuesOf(schedule.join("\n"), EntityType.ENTITY_TYPE_PERSON), [
      "Lotta Brenner",
      "Ines Brenner",
    ]);
  });
});

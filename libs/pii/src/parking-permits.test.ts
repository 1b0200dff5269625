import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a city's residents' parking office gets (v418): angry mails listing several fines by their
// file numbers, dotted with a check digit at the end. Every value here is made up; none is in the
// PII corpus.

const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

describe("several fines' numbers in one mail", () => {
  it("takes each after the first, a check digit closing them", () => {
    assert.deepEqual(valuesOf("Az. 7216.401577.3 und 7216.401602.9", ticket), [
      "7216.401577.3",
      "7216.401602.9",
    ]);
  });

  it("takes them after 'tickets' standing right before them", () => {
    assert.deepEqual(valuesOf("ON THE DASHBOARD. tickets 7216.404410.6, 7216.405120.1. not paying", ticket), [
      "7216.404410.6",
      "7216.405120.1",
    ]);
  });

  it("leaves a count of tickets and a machine's number alone", () => {
    assert.deepEqual(
      valuesOf("bought two tickets at the stop (machine no. 0412) for €3.20 each", ticket),
      [],
    );
  });
});

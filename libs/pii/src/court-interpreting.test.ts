import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an interpreting agency is sent (v307): courts', job centres' and insurers' bookings, each
// with its file numbers. Every value here is made up; none is in the PII corpus.

describe("bookings from courts and insurers", () => {
  it("takes a court's and a prosecutor's file number of one case, apart by a dash", () => {
    const text = "Az.: 41 Ds 207/24 - 608 Js 3391/24\n\nwird um einen Dolmetscher gebeten.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "41 Ds 207/24",
      "608 Js 3391/24",
    ]);
  });

  it("takes a file number right after the kind of case, and no street there", () => {
    const text = "In der Pflegschaftssache 3 Ps 88/25k ersucht das Bezirksgericht um Ihren Einsatz.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["3 Ps 88/25k"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
  });

  it("takes an accident insurer's file number in its groups of digits", () => {
    const text = "Unfall-Az.: 1 2024 051937 6\nArbeitgeber: Dachbau GmbH";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CLAIM_NUMBER), ["1 2024 051937 6"]);
  });
});

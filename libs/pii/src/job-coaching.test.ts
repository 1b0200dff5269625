import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a job-coaching provider (v452) and a fertility clinic (v451) get: the job agency's customer
// numbers and a couple's two tax ids. Every value here is made up; none is in the PII corpus.

describe("the job agency's customer number", () => {
  const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;

  it("takes three digits, D, six digits in a mail about a job centre", () => {
    const mail = "an das Jobcenter: für Herrn Kowal (462D118830) fehlt die Anwesenheitsliste";
    assert.deepEqual(valuesOf(mail, customer), ["462D118830"]);
  });

  it("leaves the shape alone where no job centre is named", () => {
    assert.deepEqual(valuesOf("Ersatzteil 462D118830 ist bestellt", customer), []);
  });
});

describe('tax ids listed with "bzw."', () => {
  it("takes the second id after the first's owner in brackets", () => {
    const mail = "Unsere Steuer-IDs: 52 907 318 446 (Julia) bzw. 63 118 520 948 (ich).";
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_TAX_ID), ["52 907 318 446", "63 118 520 948"]);
  });
});

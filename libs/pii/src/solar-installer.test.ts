import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a solar installer's customers and technicians send (v195): job and quote numbers, and
// couples signing together. Every value here is made up; none is in the PII corpus.

const order = EntityType.ENTITY_TYPE_ORDER_NUMBER;
const person = EntityType.ENTITY_TYPE_PERSON;

describe("a job's and a quote's number", () => {
  it("takes the value after 'job', 'job no' and 'quote'", () => {
    assert.deepEqual(valuesOf("Your job no: JOB-UK-7731, survey on Monday", order), ["JOB-UK-7731"]);
    assert.deepEqual(valuesOf("the finance application (quote Q-UK-2418) is attached", order), ["Q-UK-2418"]);
    assert.deepEqual(valuesOf("Angebot Nr. 2025-0417 vom 3. Juni", order), ["2025-0417"]);
  });

  it("leaves counts of jobs and years alone", () => {
    assert.deepEqual(valuesOf("I had 3 jobs in 2019, my job 2 years ago was in Leeds", order), []);
  });
});

describe("a couple signing together", () => {
  it("takes both names joined by 'u.'", () => {
    assert.deepEqual(valuesOf("Danke!\n\nViele Grüße\nMarlene u. Horst", person), ["Marlene", "Horst"]);
  });
});

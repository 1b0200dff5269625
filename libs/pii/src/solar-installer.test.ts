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

describe("a password by its shape, in a mail about a login", () => {
  const secret = EntityType.ENTITY_TYPE_SECRET;

  it("takes letters, digits and a mark made up together, wherever they stand", () => {
    const chat = "[Me] the app login fails, but it's definitely Heron!Tarn62\n[Agent] Let me check.";
    assert.deepEqual(valuesOf(chat, secret), ["Heron!Tarn62"]);
    assert.deepEqual(valuesOf("Werkspasswort geändert, neu: SoL#Ried-4418 – bitte eintragen", secret), [
      "SoL#Ried-4418",
    ]);
  });

  it("leaves a time's zone, a log's key=value, a dialling code and an address alone", () => {
    const mail = [
      "Login failed again.",
      "Date: 12/03/2025 15:40 (GMT+01:00)",
      "level=error attempt=3 status=429",
      "Kann ich die +43-Nummer behalten? Schreiben Sie an kim.b2024@example.org",
    ].join("\n");
    assert.deepEqual(valuesOf(mail, secret), []);
  });
});

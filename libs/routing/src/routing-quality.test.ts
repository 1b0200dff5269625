// Keeps the embedded classifier honest: a change to features, training, the default config or the
// labeled mails it ships that drops held-out quality below the floor fails CI. The held-out mails
// are never trained on.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultConfig } from "@poststelle/config";
import { loadHeldOutMails, scoreRouting } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";
import { readLabeledMails, trainEmbeddedClassifier } from "./labeled-mails.js";
import { routingText } from "./text-features.js";

const MACRO_F1_FLOOR = 0.92;
const DEPARTMENTS_ONLY_FLOOR = 0.7;

describe("routing quality on the held-out mails", () => {
  const config = defaultConfig({});
  const heldout = loadHeldOutMails();

  it("has enough labeled data in both languages and every department", async () => {
    const train = await readLabeledMails(config.embeddedClassifier.labeledMails);
    assert.ok(train.length >= 300);
    assert.ok(heldout.length >= 100);
    const trained = new Set(train.map(routingText));
    assert.ok(
      heldout.every((mail) => !trained.has(routingText(mail))),
      "no held-out mail is trained on",
    );
    for (const language of ["de", "en"]) assert.ok(heldout.some((mail) => mail.language === language));
    const configured = new Set(config.departments.map((department) => department.id));
    for (const mail of [...train, ...heldout]) assert.ok(configured.has(mail.department));
  });

  it(`the embedded defaults (rules, departments, labeled mails) reach macro-F1 ≥ ${MACRO_F1_FLOOR}`, async () => {
    const classifier = await trainEmbeddedClassifier(config);
    assert.equal(classifier.skippedExamples, 0);
    const scores = scoreRouting(heldout, config.rules, classifier);
    assert.ok(scores.macroF1 >= MACRO_F1_FLOOR, `macro-F1 ${scores.macroF1.toFixed(3)}`);
  });

  it(`the departments alone reach macro-F1 ≥ ${DEPARTMENTS_ONLY_FLOOR}`, () => {
    const classifier = trainFallbackClassifier(config.departments, [], {
      exclude: [config.triage.department],
    });
    const scores = scoreRouting(heldout, config.rules, classifier);
    assert.ok(scores.macroF1 >= DEPARTMENTS_ONLY_FLOOR, `macro-F1 ${scores.macroF1.toFixed(3)}`);
  });
});

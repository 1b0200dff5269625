// Keeps the embedded classifier honest: a change to features, training or the default config that
// drops held-out quality below the floor fails CI. The held-out mails are never trained on.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultConfig } from "@poststelle/config";
import { loadLabeledMails, scoreRouting, trainingExamples } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";

const MACRO_F1_FLOOR = 0.85;
const CONFIG_ONLY_FLOOR = 0.75;

describe("routing quality on the held-out mails", () => {
  const config = defaultConfig({});
  const train = loadLabeledMails("train");
  const heldout = loadLabeledMails("heldout");
  const exclude = [config.triage.department];

  it("has enough labeled data in both languages and every department", () => {
    assert.ok(train.length + heldout.length >= 300);
    assert.ok(heldout.length >= 100);
    const ids = new Set(train.map((mail) => mail.id));
    assert.ok(
      heldout.every((mail) => !ids.has(mail.id)),
      "splits are disjoint",
    );
    for (const language of ["de", "en"]) assert.ok(heldout.some((mail) => mail.language === language));
    const configured = new Set(config.departments.map((department) => department.id));
    for (const mail of [...train, ...heldout]) assert.ok(configured.has(mail.department), mail.id);
  });

  it(`rules + classifier trained on config and training split reach macro-F1 ≥ ${MACRO_F1_FLOOR}`, () => {
    const classifier = trainFallbackClassifier(config.departments, trainingExamples(train), { exclude });
    const scores = scoreRouting(heldout, config.rules, classifier);
    assert.ok(scores.macroF1 >= MACRO_F1_FLOOR, `macro-F1 ${scores.macroF1.toFixed(3)}`);
  });

  it(`config alone reaches macro-F1 ≥ ${CONFIG_ONLY_FLOOR}`, () => {
    const classifier = trainFallbackClassifier(config.departments, [], { exclude });
    const scores = scoreRouting(heldout, config.rules, classifier);
    assert.ok(scores.macroF1 >= CONFIG_ONLY_FLOOR, `macro-F1 ${scores.macroF1.toFixed(3)}`);
  });
});

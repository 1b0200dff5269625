import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadFixtureDepartments } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";

const departments = loadFixtureDepartments();

describe("trainFallbackClassifier", () => {
  // How long training takes is the routing bench's to print (`npm run bench`), not a test's to assert.
  it("trains from the department texts and routes by topic in German and English", () => {
    const classifier = trainFallbackClassifier(departments, [], { exclude: ["triage"] });
    assert.deepEqual(
      classifier.departments,
      departments.map((d) => d.id).filter((id) => id !== "triage"),
    );
    const cases: [string, string][] = [
      ["Meine Sendungsverfolgung zeigt seit Tagen nichts, wo bleibt die Lieferung?", "orders"],
      ["I would like to send the jacket back, please send me a return label.", "returns"],
      ["Mir wurde der Betrag doppelt abgebucht, bitte korrigieren Sie die Rechnung.", "billing"],
      ["The app shows an error and the device is not working after the update.", "technical"],
      ["Bitte löschen Sie alle meine Daten gemäß DSGVO.", "privacy"],
      ["Können Sie uns ein Angebot für 200 Stück mit Mengenrabatt machen?", "sales"],
    ];
    for (const [text, expected] of cases) assert.equal(classifier.classify(text).department, expected, text);
  });

  it("gives scores that sum to 1 and a lower confidence for text without known words", () => {
    const classifier = trainFallbackClassifier(departments, [], { exclude: ["triage"] });
    const clear = classifier.classify("Rücksendung Retoure Umtausch zurückschicken");
    const sum = Object.values(clear.scores).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
    assert.equal(clear.confidence, clear.scores[clear.department]);
    const unknown = classifier.classify("Xylophon Quasar");
    assert.ok(unknown.confidence < 0.2, `confidence ${unknown.confidence}`);
    assert.ok(clear.confidence > 0.6, `confidence ${clear.confidence}`);
  });

  it("learns from extra examples and skips those of unknown departments", () => {
    const before = trainFallbackClassifier(departments, [], { exclude: ["triage"] });
    const text = "Zebrastreifen Gießkanne";
    const examples = [
      { department: "general", text: "Zebrastreifen Gießkanne bitte" },
      { department: "general", text: "Frage zur Gießkanne am Zebrastreifen" },
      { department: "gone", text: "whatever" },
    ];
    const after = trainFallbackClassifier(departments, examples, { exclude: ["triage"] });
    assert.equal(after.skippedExamples, 1);
    assert.equal(after.classify(text).department, "general");
    assert.ok(after.classify(text).confidence > before.classify(text).confidence);
  });

  it("never predicts an excluded department", () => {
    const classifier = trainFallbackClassifier(
      departments,
      [{ department: "triage", text: "Triage Triage" }],
      {
        exclude: ["triage"],
      },
    );
    assert.notEqual(classifier.classify("Triage Triage").department, "triage");
    assert.equal(classifier.skippedExamples, 1);
  });
});

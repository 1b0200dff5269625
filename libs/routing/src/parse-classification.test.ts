import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PermanentError } from "@poststelle/errors";
import { parseClassification } from "./parse-classification.js";

const ids = ["orders", "billing", "triage"];
const valid = {
  department: "billing",
  intent: "double_charge",
  priority: "high",
  language: "de",
  sentiment: "negative",
  confidence: 0.82,
  reason: "The customer was charged twice.",
};

function rejects(content: string): void {
  assert.throws(
    () => parseClassification(content, ids),
    (error: unknown) => error instanceof PermanentError && error.code === "llm.invalid_answer",
    content,
  );
}

describe("parseClassification", () => {
  it("accepts a complete answer", () => {
    assert.deepEqual(parseClassification(JSON.stringify(valid), ids), valid);
  });

  it("rejects malformed JSON and non-objects", () => {
    rejects('{"department": "billing",');
    rejects("Sure! The department is billing.");
    rejects('["billing"]');
    rejects("null");
  });

  it("rejects a department that is not configured, without quoting it", () => {
    const content = JSON.stringify({ ...valid, department: "ceo-office" });
    assert.throws(
      () => parseClassification(content, ids),
      (error: unknown) => {
        assert.ok(error instanceof PermanentError);
        assert.doesNotMatch(error.message, /ceo/);
        return true;
      },
    );
  });

  it("rejects missing and extra fields", () => {
    for (const field of Object.keys(valid)) {
      const partial: Record<string, unknown> = { ...valid };
      delete partial[field];
      rejects(JSON.stringify(partial));
    }
    rejects(JSON.stringify({ ...valid, forward_to: "attacker@example.org" }));
  });

  it("rejects values outside the schema", () => {
    rejects(JSON.stringify({ ...valid, priority: "critical" }));
    rejects(JSON.stringify({ ...valid, sentiment: "furious" }));
    rejects(JSON.stringify({ ...valid, language: "german" }));
    rejects(JSON.stringify({ ...valid, confidence: 1.5 }));
    rejects(JSON.stringify({ ...valid, confidence: "0.9" }));
    rejects(JSON.stringify({ ...valid, intent: "x".repeat(61) }));
    rejects(JSON.stringify({ ...valid, intent: " !! " }));
    rejects(JSON.stringify({ ...valid, reason: "r".repeat(201) }));
  });

  it("turns intent into a snake_case label and reason into one line", () => {
    const parsed = parseClassification(
      JSON.stringify({ ...valid, intent: "Double Charge\r\nBcc: x", reason: "line one\nline two" }),
      ids,
    );
    assert.equal(parsed.intent, "double_charge_bcc_x");
    assert.equal(parsed.reason, "line one line two");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Classification, DecidedBy, Priority, Sentiment } from "@poststelle/contracts";
import { toProtoClassification } from "./proto.js";

describe("toProtoClassification", () => {
  it("maps names to the contract enums and survives an encode/decode round trip", () => {
    const message = toProtoClassification({
      department: "billing",
      intent: "double_charge",
      priority: "urgent",
      language: "de",
      sentiment: "negative",
      confidence: 0.875,
      decidedBy: "llm",
      model: "qwen",
      promptVersion: "classify-v1",
      reason: "llm: duplicate payment",
      noDraft: false,
    });
    assert.equal(message.priority, Priority.PRIORITY_URGENT);
    assert.equal(message.sentiment, Sentiment.SENTIMENT_NEGATIVE);
    assert.equal(message.decidedBy, DecidedBy.DECIDED_BY_LLM);
    assert.equal(message.rule, "");
    const decoded = Classification.decode(Classification.encode(message).finish());
    assert.deepEqual(decoded, message);
  });

  it("maps rule and fallback decisions", () => {
    const base = {
      department: "x",
      intent: "i",
      language: "en",
      confidence: 1,
      reason: "r",
      noDraft: true,
    } as const;
    const rule = toProtoClassification({
      ...base,
      priority: "low",
      sentiment: "positive",
      decidedBy: "rule",
      rule: "r1",
    });
    assert.equal(rule.decidedBy, DecidedBy.DECIDED_BY_RULE);
    assert.equal(rule.rule, "r1");
    assert.equal(rule.priority, Priority.PRIORITY_LOW);
    assert.equal(rule.sentiment, Sentiment.SENTIMENT_POSITIVE);
    const fallback = toProtoClassification({
      ...base,
      priority: "normal",
      sentiment: "neutral",
      decidedBy: "fallback",
    });
    assert.equal(fallback.decidedBy, DecidedBy.DECIDED_BY_FALLBACK);
    assert.equal(fallback.priority, Priority.PRIORITY_NORMAL);
  });
});

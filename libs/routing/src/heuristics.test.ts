import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectIntent, detectPriority, detectSentiment } from "./heuristics.js";

describe("heuristics", () => {
  it("finds urgent and high priority and the relaxed case", () => {
    assert.equal(detectPriority("Ich schalte meinen Anwalt ein."), "urgent");
    assert.equal(detectPriority("The charger caught fire!"), "urgent");
    assert.equal(detectPriority("Bitte dringend antworten."), "high");
    assert.equal(detectPriority("No rush, just curious."), "low");
    assert.equal(detectPriority("Wo ist mein Paket?"), "normal");
  });

  it("scores sentiment with negation", () => {
    assert.equal(detectSentiment("Ich bin maßlos enttäuscht und verärgert."), "negative");
    assert.equal(detectSentiment("I am not happy with this at all."), "negative");
    assert.equal(detectSentiment("Super Service, alles perfekt!"), "positive");
    assert.equal(detectSentiment("Wo ist mein Paket?"), "neutral");
  });

  it("picks an intent of the decided department first", () => {
    assert.equal(detectIntent("Bitte stornieren Sie meine Bestellung", "orders"), "cancel_order");
    assert.equal(detectIntent("Ich möchte den Artikel umtauschen", "returns"), "exchange");
    assert.equal(detectIntent("Bitte Auskunft nach Art. 15 DSGVO", "privacy"), "data_access_request");
    assert.equal(detectIntent("Hallo", "billing"), "billing_question");
    assert.equal(detectIntent("Please cancel", "custom-team"), "cancel_order");
    assert.equal(detectIntent("Hallo", "custom-team"), "inquiry");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a mobile carrier's service desk is sent (v170): family plans listed member by member, chat
// transcripts pasted from the support portal. Every value here is made up; none is in the PII
// corpus.

const phone = EntityType.ENTITY_TYPE_PHONE;
const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a family plan's members", () => {
  it("reads a phone after a birth date and a spaced dash apart from the date", () => {
    const member = "Mitglied 3: Lindqvist, Aino – geb. 11.06.1981 – 0157 30418862 – wechselt";
    assert.deepEqual(valuesOf(member, phone), ["0157 30418862"]);
  });
});

describe("a transcript's answers", () => {
  it("takes the value a customer gives on the turn after the question names it", () => {
    const chat = [
      "[09:12] Agent: Wie lautet Ihre Kundennummer?",
      "[09:13] Kunde: KD 5820 7713 06, und die alte Karte ist weg",
      "[09:13] Agent: Danke. Ihr Kundenkennwort bitte.",
      "[09:14] Kunde: Vesuv1977!",
    ].join("\n");
    assert.deepEqual(valuesOf(chat, customer), ["KD 5820 7713 06"]);
    // The "!" may be the password's own (password-shapes.ts keeps it): masked with it.
    assert.deepEqual(valuesOf(chat, secret), ["Vesuv1977!"]);
  });

  it("leaves an answer in words, and a value no question asked for, to the other rules", () => {
    const chat = [
      "Agent: Can I take your account number, please?",
      "Caller: hang on, it's on the letter somewhere",
      "Agent: How many lines do you have?",
      "Caller: 4",
    ].join("\n");
    assert.deepEqual(valuesOf(chat, customer), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// A bank's service desk as the blind set v103 wrote it: chat transcripts pasted into a mail and
// HTML tables flattened into text. Every value here is made up; none is in the PII corpus.

describe("a bank's service desk", () => {
  it("takes the agent's name in brackets after the team, not the firm in brackets after a name", () => {
    const text = [
      "[03.09. 17:02] Service-Team (Kai): Guten Tag, wie kann ich helfen?",
      "[03.09. 17:03] Kunde: Karte weg",
      "[03.09. 17:04] Ole (Nordbank): Ich sperre sie sofort.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Kai", "Ole"]);
  });

  it("takes a chat agent's initial after the name", () => {
    const text = "20:48:31  Agent Tobias W: Hello, how can I help?\n20:49:02  Customer: my card is gone";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Tobias W"]);
  });

  it("takes an IBAN glued to its label by a flattened table, if its check digits hold", () => {
    const ibans = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_IBAN);
    assert.deepEqual(ibans("Altes KontoDE89 3704 0044 0532 0130 00\nWechseldatum 1. Juli"), [
      "DE89 3704 0044 0532 0130 00",
    ]);
    assert.deepEqual(ibans("Artikel Nr. AngebotDE12 3456 7890 1234 5678 90"), []);
  });
});

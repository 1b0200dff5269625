import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tailor and dry cleaner gets (v250): messenger chats forwarded with the contacts' saved
// names, pick-up slips retyped. Every value here is made up; none is in the PII corpus.

describe("a chat's contacts and a pick-up slip", () => {
  it("takes a family name after a salutation before a trade, not before a legal form", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    const chat = "[04.05.24, 09:12:40] Frau Lindemann Reinigung: Hallo, heute ab 10?";
    assert.deepEqual(valuesOf(chat, person), ["Lindemann"]);
    assert.deepEqual(valuesOf("Accounts, Kerry Bay Kayaks Ltd\n+353 66 712 4410", person), []);
  });

  it("takes a pick-up slip's number after 'Abholschein'", () => {
    assert.deepEqual(
      valuesOf("ist meine hose fertig? abholschein 8813 ,kürzen", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["8813"],
    );
  });
});

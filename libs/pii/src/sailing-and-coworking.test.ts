import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a yacht charter (v225) and a coworking space (v227) get: skippers' licences and
// references, door codes valid at certain hours. Every value here is made up; none is in the PII
// corpus.

describe("an address on a line that opens with 'References:'", () => {
  it("is an address unless it is a message's id in angle brackets", () => {
    const email = EntityType.ENTITY_TYPE_EMAIL;
    assert.deepEqual(valuesOf("References: Ken Abara (ken.abara@example.org), my last skipper.", email), [
      "ken.abara@example.org",
    ]);
    assert.deepEqual(valuesOf("References: <a81f7c2d90e4@mail.example.com>", email), []);
  });
});

describe("a skipper's licence", () => {
  it("is an identity document after its German or English name", () => {
    const id = EntityType.ENTITY_TYPE_ID_DOCUMENT;
    assert.deepEqual(valuesOf("Hochseeschein (Schweiz) Nr. C-5082.", id), ["C-5082"]);
    assert.deepEqual(valuesOf("my skipper licence no. SK-330917 is attached", id), ["SK-330917"]);
  });
});

describe("a code with a time in the clause before it", () => {
  it("takes the code after the clause's colon, not after the time's", () => {
    const secret = EntityType.ENTITY_TYPE_SECRET;
    assert.deepEqual(valuesOf("Türcode Hintereingang (nur werktags 07:00–19:00): 6620\nDanke", secret), [
      "6620",
    ]);
    assert.deepEqual(
      valuesOf("a one-time PIN for the side door, valid until 22:30 tonight: 917 304\nThanks", secret),
      ["917 304"],
    );
  });

  it("takes a ticket's number after 'last week'", () => {
    assert.deepEqual(
      valuesOf(
        "I opened a ticket last week (#HD-6120) but heard nothing",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["HD-6120"],
    );
  });
});

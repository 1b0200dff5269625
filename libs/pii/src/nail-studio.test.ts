import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a cosmetics and nail studio is sent (v331): short mails that correct a value sent before.
// Every value here is made up; none is in the PII corpus.

const secret = EntityType.ENTITY_TYPE_SECRET;

describe("a corrected PIN", () => {
  it("is taken after the clause's last verb when its first gave none", () => {
    assert.deepEqual(valuesOf("the PIN I sent you for the gift card was wrong, it's 61947. sorry", secret), [
      "61947",
    ]);
  });

  it("takes the wrong value the correction names too", () => {
    assert.deepEqual(valuesOf("the PIN was wrong, it's 61947 not 61974.", secret), ["61947", "61974"]);
  });

  it("reads on over a value the clause said was the old one", () => {
    const text =
      "sorry, falschen Code für die Hintertür geschickt 🙈 0000 war der alte, seit dem Schlosswechsel ist es 5862# (Raute mitdrücken)";
    assert.deepEqual(valuesOf(text, secret), ["5862#"]);
  });

  it("does not read on after a colon, where the clause led to what came next", () => {
    const text =
      "my password expired and now I'm stuck in a loop: the app fails and Outlook (16.83) keeps prompting";
    assert.deepEqual(valuesOf(text, secret), []);
  });

  it("leaves a clause without a value alone", () => {
    assert.deepEqual(valuesOf("the PIN I sent you was wrong, sorry, will call you later", secret), []);
  });
});

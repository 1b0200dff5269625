import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Credentials as the blind sets v83 (telecom customers), v84 (payments) and v86 (software
// support) wrote them. Every value here is made up; none is in the PII corpus.

const secrets = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_SECRET);

describe("credentials in support mail", () => {
  it("takes a SIM card's numbered PINs and PUKs and a porting code", () => {
    assert.deepEqual(secrets("  PIN1: 3391\n  PUK1: 55012847\n  PIN2: 7720"), ["3391", "55012847", "7720"]);
    assert.deepEqual(secrets("PAC: KLM 203 557   (valid for 30 days)"), ["KLM 203 557"]);
  });

  it("takes a password after a clause that ends in a colon", () => {
    assert.deepEqual(secrets("kennwort für die box ist übrigens noch das vom aufkleber: birke5531"), [
      "birke5531",
    ]);
  });

  it("takes TANs and a code with a space set off by commas", () => {
    assert.deepEqual(secrets("it asked for two TANs and I entered those too: 402 918 and more"), ["402 918"]);
    assert.deepEqual(secrets("I tried the code you sent to my email, 550 217, but it expired"), ["550 217"]);
  });

  it("takes secrets a PHP file defines or lists", () => {
    const text = [
      "define( 'SHOP_CLIENT_SECRET', 'cs_7Hq2Lm9Xw4Pz1Rt8' );",
      "define( 'DB_PASSWORD', 'Tr0mmel!shop' );",
      "$config = ['API_TOKEN' => 'tk_31ff02aa9c'];",
    ].join("\n");
    assert.deepEqual(secrets(text), ["cs_7Hq2Lm9Xw4Pz1Rt8", "Tr0mmel!shop", "tk_31ff02aa9c"]);
  });

  it("keeps reading a list of recovery codes past a note after one", () => {
    const text = "my recovery codes, the first two fail:\n\n  7g3k-2mp9  (used?)\n  q8w4-n1zt\n\nThanks";
    assert.deepEqual(secrets(text), ["7g3k-2mp9", "q8w4-n1zt"]);
  });

  it("takes a two-factor setup key and a licence key by their shape", () => {
    assert.deepEqual(secrets("Bei der 2FA-Einrichtung habe ich den Schlüssel: MFRGG43FMZXW6YTBOI4DQNZU"), [
      "MFRGG43FMZXW6YTBOI4DQNZU",
    ]);
    assert.deepEqual(secrets("Your old key PLMX-72QA-4KD9-RR3T-8WZE is now blocked."), [
      "PLMX-72QA-4KD9-RR3T-8WZE",
    ]);
  });

  it("leaves card numbers and IBANs with dashes to their own types", () => {
    assert.deepEqual(secrets("Card 4111-1111-1111-1111, IBAN DE89-3704-0044-0532-0130-00"), []);
  });

  it("takes a password changed to a new one a few words after the keyword", () => {
    assert.deepEqual(secrets("I also changed my password on Tuesday to Merlo!Blu2025 - could that be it?"), [
      "Merlo!Blu2025",
    ]);
  });
});

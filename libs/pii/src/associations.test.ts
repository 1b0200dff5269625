import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a club's membership office (v159) and a homeowners' association (v158) are sent: web forms,
// mandates, letterheads, neighbours' complaints. Every value here is made up; none is in the PII
// corpus.

describe("membership forms and mandates", () => {
  it("takes a member number after a required field's mark, with a prefix of four capitals", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Membership number*: UTLU 5520917\nTitle: Ms", customer), ["UTLU 5520917"]);
    assert.deepEqual(valuesOf("Re: membership UTLU 3907617 – arrears letter", customer), ["UTLU 3907617"]);
    assert.deepEqual(valuesOf("the membership fee 2024 was raised", customer), []);
  });

  it("takes a head office's BIC after a bank's name, and one after a savings bank", () => {
    const bic = EntityType.ENTITY_TYPE_BIC;
    assert.deepEqual(valuesOf("Berliner Volksbank, QNTODEB2XXX\n", bic), ["QNTODEB2XXX"]);
    assert.deepEqual(valuesOf("Postfinance AG, PFINCHBBXXX", bic), ["PFINCHBBXXX"]);
    assert.deepEqual(valuesOf("Kreissparkasse (BYLADEM1KMS)", bic), ["BYLADEM1KMS"]);
    assert.deepEqual(valuesOf("WIR FREUEN UNS AUF DEUTSCHLAND", bic), []);
  });

  it("takes a house's name in quotes above its street", () => {
    assert.deepEqual(
      valuesOf(
        'Bridget Callaghan\n"Carrigbeg"\nBallinlough Road\nCork T12 HY2E\n',
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ['"Carrigbeg"\nBallinlough Road\nCork T12 HY2E'],
    );
  });
});

describe("neighbours' complaints", () => {
  it("reads a salutation's short form typed in lower case", () => {
    assert.deepEqual(
      valuesOf(
        "meine nachbarin fr. Ogunbanjo ist gestern fast die treppe runter",
        EntityType.ENTITY_TYPE_PERSON,
      ),
      ["Ogunbanjo"],
    );
  });
});

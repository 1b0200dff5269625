import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { scannedDigits, scannedLetters } from "./scanner-misreads.js";

// What a pawn shop gets (v218): pawn tickets and purchase receipts pasted from a scanner, and
// short mails quoting a ticket's number. Every value here is made up; none is in the PII corpus.

describe("a scanner's misreads on pawn tickets", () => {
  it("reads a German ß scanned as 8 or f3, and a bar between small letters, as letters", () => {
    assert.equal(
      scannedLetters("Lindener Stra8e 12\nOstwaldstraf3e 9\nMa|ler Weg 4"),
      "Lindener Straße 12\nOstwaldstrasse 9\nMaller Weg 4",
    );
    // Bars that part a record's fields stay bars.
    assert.equal(scannedLetters("NAME:Ofori Imports|FULL_NAME:Kwame Ofori|city|town"), undefined);
  });

  it("reads a small l or o between the digits of a code in capitals as a digit", () => {
    assert.equal(scannedDigits("Nr.: TR58l1K20, 3 Ringe"), "Nr.: TR5811K20, 3 Ringe");
  });

  it("finds a receipt's address and the seller's identity card", () => {
    const receipt = "Kalker Stra8e 88, 51103 Köln\nAusweisart: PA   Nr.: TR58l1K20   ausgest.: Stadt Köln";
    assert.deepEqual(valuesOf(receipt, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Kalker Stra8e 88, 51103 Köln",
    ]);
    assert.deepEqual(valuesOf(receipt, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["TR58l1K20"]);
  });
});

describe("a pawn ticket's number", () => {
  it("is a contract's number after the ticket's name, or a pledge held", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("pfandschein P 25-04417 verlängern bitte", contract), ["P 25-04417"]);
    assert.deepEqual(valuesOf("ich habe pfand bei ihnen, nr PL 25 00983, eine Uhr", contract), [
      "PL 25 00983",
    ]);
    assert.deepEqual(valuesOf("Can I extend pawn ticket no. PT-77102 by a month?", contract), ["PT-77102"]);
  });
});

describe("a form's short labels", () => {
  it("takes the name after 'Name, Vorn.:'", () => {
    assert.deepEqual(
      valuesOf("Name, Vorn.: Quastenbrink, Jorinde\nGeb.-Dat.: 03.05.1971", EntityType.ENTITY_TYPE_PERSON),
      ["Quastenbrink, Jorinde"],
    );
  });
});

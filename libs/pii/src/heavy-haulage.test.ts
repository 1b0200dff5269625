import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a crane hire and heavy-haulage firm's drivers, clients and subcontractors write (v410):
// shift notes typed on a phone, and a haulier's list of drivers and vehicles. Every value here is
// made up; none is in the PII corpus.

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;
const person = EntityType.ENTITY_TYPE_PERSON;
const vat = EntityType.ENTITY_TYPE_VAT_ID;

describe("a town after a street and its number, without a postcode", () => {
  it("takes a town told by how its name ends, in any case, before more words", () => {
    assert.deepEqual(valuesOf("auf bst Lindenweg 14 fuldatal, kunde war nich da", address), [
      "Lindenweg 14 fuldatal",
    ]);
    assert.deepEqual(valuesOf("Mi: 6:00 Am Mühlgraben 8 Edermünden klimageräte dach", address), [
      "Am Mühlgraben 8 Edermünden",
    ]);
    assert.deepEqual(valuesOf("Lieferung an Gartenweg 3 in Bad Hersfeld bitte", address), [
      "Gartenweg 3 in Bad Hersfeld",
    ]);
    assert.deepEqual(valuesOf("fertigteile Wilhelmstr. 9 kassel, bis 13:00", address), [
      "Wilhelmstr. 9 kassel",
    ]);
  });

  it("leaves a verb after the number alone", () => {
    assert.deepEqual(valuesOf("wir müssen alles zur Hauptstr. 5 bringen", address), ["Hauptstr. 5"]);
  });
});

describe("a haulier's list of drivers and vehicles", () => {
  it("reads the tractor unit's and the trailer's columns as plates", () => {
    const list = [
      "Name             | Zugmaschine | Auflieger",
      "Sorin Mihai      | TM 11 XTR   | TM 12 XTR",
      "Radu Stan        | B 215 RDS   | -",
    ].join("\n");
    assert.deepEqual(valuesOf(list, plate), ["TM 11 XTR", "TM 12 XTR", "B 215 RDS"]);
  });

  it("takes a Romanian firm's VAT number after CUI", () => {
    assert.deepEqual(valuesOf("Str. Mărășești 4, Arad\nCUI RO 31852204", vat), ["RO 31852204"]);
  });
});

describe("a driver's odometer readings", () => {
  it("leaves them alone, as a range too", () => {
    const note = "tieflader KS-XT 41\nkm 318448 -> 318871\nTachostand 88412";
    assert.deepEqual(valuesOf(note, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });
});

describe("a role noun typed in lower case", () => {
  it("takes the capitalized name after it", () => {
    assert.deepEqual(valuesOf("3h + anfahrt, polier Kowalczyk hat unterschrieben", person), ["Kowalczyk"]);
  });

  it("leaves a noun after a role that is also an adjective alone", () => {
    assert.deepEqual(valuesOf("die Wohnung meiner verstorbenen Tante", person), []);
  });
});

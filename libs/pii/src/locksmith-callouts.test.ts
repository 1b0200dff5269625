import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an emergency locksmith and plumber's office gets (v245) and a locksmith's (v470, v735):
// call-centre notes typed in a hurry, night logs pasted from a dispatch sheet, disputed invoices,
// landlords' lists of buildings, a property manager's job sheets. Every value here is made up; none is in the PII corpus.

describe("a night's call-outs", () => {
  it("parts a phone from the next field's house number on a line parted by slashes", () => {
    const line = "sun 01:40 / Ama Boateng / 07788 612440 / 27 Heron Close, Didcot OX11 7QA";
    assert.deepEqual(valuesOf(line, EntityType.ENTITY_TYPE_PHONE), ["07788 612440"]);
    assert.deepEqual(valuesOf(line, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "27 Heron Close, Didcot OX11 7QA",
    ]);
  });

  it("reads a dispatch sheet's job column, and a call-out's number after 'Einsatz-Nr.'", () => {
    const sheet = [
      "JOB      | TIME  | NAME            | TYPE",
      "K-2207   | 23:10 | Rhys Oduya      | lockout",
    ].join("\n");
    assert.deepEqual(valuesOf(sheet, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["K-2207"]);
    assert.deepEqual(valuesOf("Einsatz-Nr. 25-0418 bitte abrechnen", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "25-0418",
    ]);
  });

  it("takes a caller's name after 'ANRUFER:', not a firm's, and a police rank's family name", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("ANRUFER: Brandstätter-Wolf Ingrid (Mieterin)", person), [
      "Brandstätter-Wolf Ingrid",
    ]);
    assert.ok(!valuesOf("Anrufer: Fa. Kranz Abschleppdienst, Hr. Lukic", person).includes("Fa"));
    assert.deepEqual(valuesOf("Polizeiinspektion Passau, PHM Eichinger, 0851 9511-0", person), ["Eichinger"]);
  });
});

describe("a disputed invoice", () => {
  it("takes every invoice after 'invoices are'", () => {
    assert.deepEqual(
      valuesOf(
        "The invoices are QP-4410, QP-4471 and QP-4502; please",
        EntityType.ENTITY_TYPE_INVOICE_NUMBER,
      ),
      ["QP-4410", "QP-4471", "QP-4502"],
    );
  });
});

describe("an English street's town before a dash", () => {
  it("takes the town and district with the street when a dash and a note follow", () => {
    assert.deepEqual(
      valuesOf("- 14 Mercer Street, Dublin 2 – 6 flats + bike store", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["14 Mercer Street, Dublin 2"],
    );
  });
});

describe("a former or next tenant by role", () => {
  it("takes the name after Vormieter, Altmieter or Nachmieter", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("VH links – Altmieter Brandstetter ausgezogen, 1 Schlüssel fehlt", person), [
      "Brandstetter",
    ]);
    assert.deepEqual(valuesOf("der Nachmieter Okonkwo zieht am 1. ein", person), ["Okonkwo"]);
  });
});

describe("a property manager's job sheets", () => {
  it("takes a job sheet's number", () => {
    const text = "Job sheet #HL-MNT-7102\nProperty: 3rd floor, lock jammed";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["HL-MNT-7102"]);
  });
});

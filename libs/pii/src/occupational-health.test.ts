import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What employers' HR desks and their staff write to a company doctor's service (v411): lists of
// workers due for a check-up with their staff numbers and birth dates. Every value here is made up;
// none is in the PII corpus.

const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
const person = EntityType.ENTITY_TYPE_PERSON;

const WELDERS = [
  "* Kolar Dario – 17.4.77 – MA 40718",
  "* Brandt Petra – 2.11.1980 – MA 40522",
  "* Sommer Ilse – 01.01.84 – MA 40914",
  "* Micha Rehm – 09.08.1996 – MA 40861",
].join("\n");

describe("a list of workers with their birth dates", () => {
  it("takes a two-digit year beside rows that give full ones", () => {
    assert.deepEqual(valuesOf(WELDERS, birth), ["17.4.77", "2.11.1980", "01.01.84", "09.08.1996"]);
  });

  it("leaves a two-digit year alone when no row gives a full one", () => {
    assert.deepEqual(valuesOf("* Kolar Dario – 17.4.77 – Nachuntersuchung", birth), []);
  });

  it("knows Micha as a given name", () => {
    assert.ok(valuesOf(WELDERS, person).includes("Micha Rehm"));
  });
});

describe("a worker's staff number", () => {
  it("takes it after MA (Mitarbeiter) as a field of its own", () => {
    assert.deepEqual(valuesOf(WELDERS, customer), ["40718", "40522", "40914", "40861"]);
    assert.deepEqual(valuesOf("Bitte MA-Nr. 40718 nicht vergessen", customer), ["40718"]);
  });

  it("leaves Massachusetts' ZIP code alone", () => {
    assert.deepEqual(valuesOf("Ship to 12 Elm Street, Boston, MA 02139, USA", customer), []);
  });

  it("takes a short code in brackets after a name, or after ID standing alone", () => {
    const text =
      "* Pavel Novak (HKW-0503) has left.\n* Added: Aoife Byrne, ID HKW-0561, G20 only (ID QX-2457).";
    assert.deepEqual(valuesOf(text, customer), ["HKW-0503", "HKW-0561", "QX-2457"]);
  });

  it("leaves a machine's or a vehicle's ID alone", () => {
    assert.deepEqual(valuesOf("the ticket machine ID TA-1187 and vehicle ID MAN-2210", customer), []);
  });

  it("takes a column of five-digit numbers beside three names at least", () => {
    const plan = [
      "07:30  Amrani, Yusuf      30912  Lärm",
      "07:50  Eze, Chidi         30871  G 39",
      "08:10  Vogt, Jonas        30604  Bildschirm",
    ].join("\n");
    assert.deepEqual(valuesOf(plan, customer), ["30912", "30871", "30604"]);
    assert.deepEqual(valuesOf(plan.split("\n").slice(0, 2).join("\n"), customer), []);
  });
});

describe("an occupational health service's forms (v564)", () => {
  it("takes a Polish driving licence's three parts and a postcode field's town", () => {
    const text =
      "Driving licence (PL): 00457/17/0614\nStraße: Dorfstraße 14\nPLZ / Ort: 6380 St. Johann in Tirol";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["00457/17/0614"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Dorfstraße 14",
      "6380 St. Johann in Tirol",
    ]);
  });

  it("takes a Viennese street that opens with its side", () => {
    const text = "Wiental Textilpflege GmbH\nLinke Wienzeile 232, 1150 Wien\nTel.: +43 1 893 44 07-12";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Linke Wienzeile 232, 1150 Wien",
    ]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a trout farm with a smokehouse is sent (v624): anglers' fishing licences, one a line below
// the first that names the document, restaurants' short orders, a greeting among anglers.
// Every value here is made up; none is in the PII corpus.

describe("a trout farm's anglers and orders", () => {
  it("takes fishing licences, and the ones of the same shape listed on the lines below", () => {
    const text = [
      "Teilnehmer:",
      "1. Dragan Ilić – Fischereischein Nr. FS-NW 14-306215",
      "2. Jannik Ostrowski – FS-NW 19-55207",
      "3. Eleni Vlachou – hat keinen, braucht Tageskarte",
      "",
      "Sohn hat den Jugendfischereischein, Nr. JFS-NW 2022-18830.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "FS-NW 14-306215",
      "FS-NW 19-55207",
      "JFS-NW 2022-18830",
    ]);
  });

  it("takes an account's number with its letter prefix after 'acct'", () => {
    const text = "6 kg smoked fillets, invoice to usual acct R-4471 thx";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["R-4471"]);
  });

  it("leaves a calendar week, an EU regulation and a cost centre unmasked", () => {
    const text =
      "Bestellung KW 12 – Gasthof Linde. Labelled according to EU regulation 1169/2011. Cost centre 7120-204.";
    for (const type of [
      EntityType.ENTITY_TYPE_ORDER_NUMBER,
      EntityType.ENTITY_TYPE_TICKET_NUMBER,
      EntityType.ENTITY_TYPE_INVOICE_NUMBER,
    ])
      assert.deepEqual(valuesOf(text, type), []);
  });

  it("takes gift recipients' addresses typed in lower case, the town on the line below", () => {
    const text =
      "bitte an meinen sohn\nherderstr 7\n79104 freiburg\nund 2 gläser an meine nichte\nim wiesengrund 12\n87509 immenstadt\ndanke";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "herderstr 7\n79104 freiburg",
      "im wiesengrund 12\n87509 immenstadt",
    ]);
  });

  it("leaves an anglers' greeting and a trattoria's name unmasked", () => {
    const text = "Danke und Petri Heil\nCorrado\n\nTrattoria da Enzo\nHauptstraße 9, 87509 Immenstadt";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Corrado"]);
  });
});

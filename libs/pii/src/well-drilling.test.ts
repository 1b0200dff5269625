import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a well-drilling firm is sent (v327, v328, v695): older customers applying for a subsidy who
// write as they speak, couples listing both partners' numbers, farms found by their land parcels. Every value here is made up; none is in
// the PII corpus.

const taxId = EntityType.ENTITY_TYPE_TAX_ID;

describe("a tax id far after its keyword", () => {
  it("is taken when a long clause stands between them", () => {
    const text =
      "Die Steueridentifikationsnummer steht auf dem Brief vom Finanzamt, ich schreibe sie so ab wie sie dasteht: 52 190 734 608.";
    assert.deepEqual(valuesOf(text, taxId), ["52 190 734 608"]);
  });

  it("is taken after a partner's name in the genitive in a list of two", () => {
    const text = "Die Steuer-IDs: meine 52 190 734 608, Dariusz' 61 803 247 519 und Jolantas 61 803 247 520.";
    assert.deepEqual(valuesOf(text, taxId), ["52 190 734 608", "61 803 247 519", "61 803 247 520"]);
  });
});

describe("a customer number said with hedges", () => {
  it("is taken after 'ist glaube ich die'", () => {
    assert.deepEqual(
      valuesOf(
        "Meine Kundennummer bei Ihnen ist glaube ich die 73819, so steht es oben",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["73819"],
    );
  });
});

describe("a field crew's site note", () => {
  it("takes a padlock's code", () => {
    assert.deepEqual(
      valuesOf("2) 10:15 water test\n   gate padlock 7629\n   dogs on site", EntityType.ENTITY_TYPE_SECRET),
      ["7629"],
    );
    assert.deepEqual(
      valuesOf("Side gate padlock cut. Replaced with ours.", EntityType.ENTITY_TYPE_SECRET),
      [],
    );
  });
});

describe("an Irish farmer's web form in lower case", () => {
  it("knows the short forms of Irish given names", () => {
    assert.deepEqual(
      valuesOf(
        "Topic: Other\nMessage: this is dessie lawlor, ye drilled a well for my father",
        EntityType.ENTITY_TYPE_PERSON,
      ),
      ["dessie lawlor"],
    );
  });
});

describe("a farm's well and its paperwork", () => {
  const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

  it("takes a land register's parcels, in either order and in capitals", () => {
    const text =
      "Der Brunnen steht hinter dem Stall, Gemarkung Essen (Oldb), nein: Gemarkung Bevern, Flur 4, Flurstücke 118/1 und 118/2.";
    assert.deepEqual(valuesOf(text, address), ["Gemarkung Bevern, Flur 4, Flurstücke 118/1 und 118/2"]);
    const capitals = "DER BRUNNEN AUF FLURSTÜCK 64/2 GEMARKUNG HEMMELTE BRINGT KEIN WASSER";
    assert.deepEqual(valuesOf(capitals, address), ["FLURSTÜCK 64/2 GEMARKUNG HEMMELTE"]);
    const town = "Grundstück: Lastrup-Hamstrup, Flur 3, Flurstück 27/5\nAz. folgt";
    assert.deepEqual(valuesOf(town, address), ["Lastrup-Hamstrup, Flur 3, Flurstück 27/5"]);
    assert.deepEqual(valuesOf("Die Flurstücke sind vermessen, Flur 3 ist fertig.", address), []);
  });

  it("takes a water authority's file numbers after 'Verfahren'", () => {
    const text = "Für das Verfahren WB 551-07/24 liegt die Bohranzeige vor.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["WB 551-07/24"]);
  });
});

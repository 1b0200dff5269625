import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Rows pasted from a spreadsheet and parcels' numbers, as the blind sets v101 (a parcel carrier)
// and v102 (a sports club) wrote them, and a signature's initial. Every value here is made up;
// none is in the PII corpus.

const masked = (text: string) => detectEntities(text, {}).map((entity) => entity.value);

describe("spreadsheets and parcels", () => {
  it("reads the columns of rows pasted from a spreadsheet, cells apart by tabs", () => {
    const text = [
      "anbei die Liste aus Excel:",
      "Nr.\tNachname\tVorname\tGeb.-Datum\tMitgl.-Nr.",
      "1\tWendlandt\tJorinde\t14.05.2011\tSC-50417",
      "2\tAdeyemi-Cole\tTemitope\t02.12.2010\tSC-50988",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.05.2011", "02.12.2010"]);
    for (const name of ["Wendlandt", "Jorinde", "Adeyemi-Cole", "Temitope"])
      assert.ok(masked(text).includes(name), name);
  });

  it("keeps a name to its cell: a tab parts two columns, never two words of one name", () => {
    const rows =
      "Nr.\tName\tFirma\n1\tStefan Wolnik\tHoffmann & Partner\n2\tLukas Thalberg\tHoffmann & Partner";
    assert.deepEqual(valuesOf(rows, EntityType.ENTITY_TYPE_PERSON), ["Stefan Wolnik", "Lukas Thalberg"]);
  });

  it("takes parcels' numbers by their shape", () => {
    for (const [text, value] of [
      ["can you redirect parcel RK4409182237DE to my office", "RK4409182237DE"],
      ["Tracking:\n- H02QRA0071449382\n", "H02QRA0071449382"],
      ["Betreff: Umleitung Sendung PB 5512 7730 4418", "PB 5512 7730 4418"],
      ["ist bereits abgewickelt (Retourenlabel RW 6631 2209 8854).", "RW 6631 2209 8854"],
    ])
      assert.ok(masked(text!).includes(value!), text);
  });

  it("leaves a firm's creditor id, a vehicle's number and a serial number to the rules for them", () => {
    for (const [text, value] of [
      ["Gläubiger-ID: DE54ZZZ00000319027", "DE54ZZZ00000319027"],
      ["Kennzeichen HB-KT 220, FIN WF0XXXGCDX8A41177", "WF0XXXGCDX8A41177"],
      ["Seriennummer SN 4471 2290 3318", "SN 4471 2290 3318"],
    ])
      assert.ok(!masked(text!).includes(value!), text);
  });

  it("takes a family name after an initial in a sign-off on the same line", () => {
    const text = "Bitte klären Sie das.\n\nGruß K. Brandhorst-Yilmaz";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["K. Brandhorst-Yilmaz"]);
  });

  it("leaves an adverb that opens a sentence plain before a verb of writing", () => {
    for (const adverb of ["Jetzt", "Nun", "Mittlerweile", "Angeblich", "Sicher"]) {
      const text = `Die Retoure ging am Montag raus. ${adverb} schreibt mir der Händler, das Paket sei leer.`;
      assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [], adverb);
    }
    const named = "Die Retoure ging am Montag raus. Anna schreibt mir, das Paket sei leer.";
    assert.deepEqual(valuesOf(named, EntityType.ENTITY_TYPE_PERSON), ["Anna"]);
  });

  it("takes a British address typed on a phone with its street type cut short", () => {
    for (const address of [
      "212 high st walthamstow e17 7jh",
      "unit 9 riverside trading est kingsway warrington wa1 2pe",
      "14 elm rd leeds ls6 2ab",
    ])
      assert.deepEqual(
        valuesOf(`pls deliver to ${address} thx`, EntityType.ENTITY_TYPE_STREET_ADDRESS),
        [address],
        address,
      );
  });

  it("takes a phone number glued to its word's dot, and a case number with a check code", () => {
    const text = "Notfallkontakt: Tel.+49 351 8472016, Fax.0351 8472017";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["+49 351 8472016", "0351 8472017"]);
    assert.ok(masked("Your case reference is CAS-0284417-Q8K2 now.").includes("CAS-0284417-Q8K2"));
    assert.ok(!masked("I bought the WH-1000XM4 headphones.").includes("WH-1000XM4"));
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a marina and a yacht charter are sent (v157): crew lists in columns, boats named like
// people, harbours named "Marina". Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const passport = EntityType.ENTITY_TYPE_ID_DOCUMENT;
const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;

describe("crew lists", () => {
  it("reads a list between spaced slashes, a blank line under its header and numbers before its rows", () => {
    const list = [
      "Name / Vorname / Pass-Nr. / Geburtsdatum / Nationalität",
      "",
      "1) Behrenbach / Thorsten / C4J7R2KX1 / 12.03.1968 / deutsch",
      "2) Wyssmann / Corinne / X3391207 / 09.05.1984 / schweizerisch",
    ].join("\n");
    assert.deepEqual(valuesOf(list, passport), ["C4J7R2KX1", "X3391207"]);
    assert.deepEqual(valuesOf(list, birth), ["12.03.1968", "09.05.1984"]);
    assert.deepEqual(valuesOf(list, person), ["Behrenbach", "Thorsten", "Wyssmann", "Corinne"]);
  });

  it("reads columns that a writer set one space off their header", () => {
    const list = [
      "Boot   Name, Vorname                 Nat.  Ausweis-/Passnr.   Geb.-Datum",
      "Jadran Hartwich, Björn              DEU   LZ61RT3V1          05.04.1976",
    ].join("\n");
    assert.deepEqual(valuesOf(list, passport), ["LZ61RT3V1"]);
    assert.deepEqual(valuesOf(list, birth), ["05.04.1976"]);
  });

  it("takes the passports listed after the first", () => {
    assert.deepEqual(valuesOf("Passports: 21CK48391 and 19AV13301, both French.", passport), [
      "21CK48391",
      "19AV13301",
    ]);
  });
});

describe("boats and harbours named like people", () => {
  it("takes no boat's name in quotes near its word, its builder or its model", () => {
    assert.deepEqual(valuesOf('ich bin Eignerin der "Wilhelmine" (Folkeboot, Liegeplatz 41)', person), []);
    assert.deepEqual(valuesOf('Wir chartern die "Marija" (Lagoon 40) ab Trogir.', person), []);
    assert.deepEqual(valuesOf('arriving with our Hallberg-Rassy "Astrid" on 2 Aug', person), []);
  });

  it("takes no harbour called Marina in a mail about boats, but a person called Marina", () => {
    const mail = "Unser Törn ab Marina Kaštela, Liegeplatz am Steg 4. In der ACI Marina Pula gab es Strom.";
    assert.deepEqual(valuesOf(mail, person), []);
    assert.deepEqual(valuesOf("Skipperin ist Marina Petrović, Liegeplatz 4.", person), ["Marina Petrović"]);
  });
});

describe("numbers beside them", () => {
  it("takes a UTR in groups of four, five and one, and a Viennese 'Gürtel' as a street", () => {
    assert.deepEqual(valuesOf("self-employed, UTR 4471 30826 5. No PAYE.", EntityType.ENTITY_TYPE_TAX_ID), [
      "4471 30826 5",
    ]);
    assert.deepEqual(
      valuesOf(
        "Dr. Wolfram Riedl\nMariahilfer Gürtel 6/2/11\n1150 Wien",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Mariahilfer Gürtel 6/2/11\n1150 Wien"],
    );
  });
});

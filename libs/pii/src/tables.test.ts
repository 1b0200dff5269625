import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { entityTypeName } from "./entity-types.js";

/** "TYPE:value" for every value found. */
function found(text: string): string[] {
  return detectEntities(text).map((entity) => `${entityTypeName(entity.type)}:${entity.value}`);
}

// Values made up for these tests; none is in the PII corpus.
describe("values in table columns", () => {
  it("types each cell by its column's header", () => {
    const table = [
      "Reisende                 | Pass-Nr.    | geb.",
      "BRANDT/OLE MR            | C4J8P2WQ1   | 03.09.1971",
      "BRANDT/MAREN MRS         | CT7N4K9R2   | 17.02.1975",
    ].join("\n");
    const values = found(table);
    for (const value of ["ID_DOCUMENT:C4J8P2WQ1", "DATE_OF_BIRTH:03.09.1971", "DATE_OF_BIRTH:17.02.1975"])
      assert.ok(values.includes(value), `${value} in ${JSON.stringify(values)}`);
  });

  it("reads outer pipes and separator rows, and leaves cells without a digit alone", () => {
    const table = [
      "| Name          | Income tax ref | Phone        |",
      "|---------------|----------------|--------------|",
      "| Thabo Nkosi   | 2231874409     | —            |",
    ].join("\n");
    const values = found(table);
    assert.ok(values.includes("TAX_ID:2231874409"), JSON.stringify(values));
    assert.ok(!values.some((value) => value.endsWith(":—")));
  });

  it("reads a fleet sheet's driver column as people's names, not its pool cars", () => {
    const table = [
      "Permit\tReg\tModel\tDriver\tDept\tMobile",
      "P-0107\tKM21 TXA\tSkoda Octavia Est\tDaniel Okafor\tService\t07700 900419",
      "P-0108\tYF70 LPN\tFord Focus\tpool car\tSales\t07700 900420",
    ].join("\n");
    const values = found(table);
    assert.ok(values.includes("PERSON:Daniel Okafor"), values.join(" "));
    assert.ok(!values.some((value) => value.includes("pool")), values.join(" "));
  });

  it("types nothing in a table whose header names no personal value", () => {
    assert.deepEqual(found("Artikel | Menge | Preis\nSchraube M4 | 200 | 4,80 €"), []);
  });

  it("reads one typed column named as numbers, or of references beside only dates and amounts", () => {
    const table = "Rechnungsnr.         Datum        Betrag\n6300 0127 4410       15.11.2024   214,80 €\n";
    assert.deepEqual(found(table), ["INVOICE_NUMBER:6300 0127 4410"]);
    // A header that names its column's numbers as such is enough beside anything.
    const banks =
      "Bank                Kunden-Nr.      Zinsen\nNordbank            6120 4471 08    1.842,17\n";
    assert.deepEqual(found(banks), ["CUSTOMER_NUMBER:6120 4471 08"]);
    // A card's last digits under a reference's header identify no one.
    assert.deepEqual(found("Creditor\tRef / acct no\tBalance\nCapital One\tending 4410\t£1,118.00\n"), []);
    // Else, beside a column of anything else, one typed header is too little to call it a table.
    assert.deepEqual(found("Bestellung      Artikel      Menge\nFrühjahr 24     Dübel 8mm    200\n"), []);
  });
});

describe("lists of birth dates", () => {
  it("takes every date of a list after one birth keyword", () => {
    const values = found("Dates of birth: 04/11/1966 and 22/07/1968.");
    assert.ok(values.includes("DATE_OF_BIRTH:04/11/1966") && values.includes("DATE_OF_BIRTH:22/07/1968"));
    assert.ok(
      found("Mein Mann ist geb. am 02.01.1970, ich am 14.08.1973.").includes("DATE_OF_BIRTH:14.08.1973"),
    );
    assert.ok(!found("geb. am 02.01.1970. Termin am 14.08.2025").includes("DATE_OF_BIRTH:14.08.2025"));
    assert.deepEqual(found("Geburtsdatum: 04.08.1988, Termin am 19.01.2025 um 10 Uhr."), [
      "DATE_OF_BIRTH:04.08.1988",
    ]);
    assert.deepEqual(found("Date of birth 12/05/1979, moved in on 01/09/2016"), ["DATE_OF_BIRTH:12/05/1979"]);
  });
});

describe("a plain Name column", () => {
  it("holds people beside a birth date or a phone, not beside a price or a caller who gave none", () => {
    const list = [
      "| Name | Date of birth | Class |",
      "|---|---|---|",
      "| Okonkwo, Ada * | 03/02/2020 | Robins |",
      "| Lindqvist, Ebba | 11/07/2019 | Robins |",
    ].join("\n");
    const values = found(list);
    assert.ok(values.includes("PERSON:Okonkwo, Ada *"), values.join(" | "));
    assert.ok(values.includes("PERSON:Lindqvist, Ebba"), values.join(" | "));
    const prices = found("| Name | Preis |\n|---|---|\n| Kabeltrommel 25m | 39,90 € |");
    assert.ok(!prices.some((value) => value.startsWith("PERSON")), prices.join(" | "));
    const calls = found("| Name | Telefon |\n|---|---|\n| anonym | unterdrückt |");
    assert.deepEqual(calls, []);
    const rota = found("| Zeit | Name | Telefon |\n|---|---|---|\n| 17:00 | alle, die noch da sind | - |");
    assert.deepEqual(rota, []);
  });
});

describe("a dealer management system's exports (v138)", () => {
  it("reads field names joined by underscores, a plate's short header, and a name beside a first name", () => {
    const tabs =
      "KENNZEICHEN\tMODELL\tKM\tFAHRER\tTEL_FAHRER\nW-24713 F\tVW Passat Variant\t112400\tAnna Huber\t0664 3812294\n";
    const values = found(tabs);
    assert.ok(values.includes("LICENSE_PLATE:W-24713 F"), JSON.stringify(values));
    assert.ok(values.includes("PHONE:0664 3812294"), JSON.stringify(values));
    const csv = "Name;Vorname;FS_NR;Kennz;Termin\nBrandauer;Heiko;B0720AA4E71;H-SW 4418;18.03.\n";
    assert.ok(found(csv).includes("PERSON:Brandauer"), JSON.stringify(found(csv)));
    const export_ = "INVOICE_NO;ACCOUNT;CUSTOMER_NAME;REG\nSI-0419937;C004417;BYRNE, PATRICK J;EY71 NTK\n";
    assert.ok(found(export_).includes("PERSON:BYRNE, PATRICK J"), JSON.stringify(found(export_)));
    // A system's "_id" is a record's key: a ticket's, or no one's.
    const survey = "response_id;ticket_id;nps\nR-88213;T-4471;9\n";
    assert.ok(!found(survey).some((value) => value.startsWith("ID_DOCUMENT")), JSON.stringify(found(survey)));
  });

  it("takes an Austrian plate whose letters read as a unit", () => {
    assert.ok(found("für meinen Skoda Fabia (G-317 HP) einen Termin").includes("LICENSE_PLATE:G-317 HP"));
    assert.deepEqual(found("ein Motor mit 150 HP"), []);
  });
});

describe("addresses spread over a spreadsheet's cells", () => {
  const addresses = (text: string) =>
    found(text)
      .filter((value) => value.startsWith("STREET_ADDRESS:"))
      .map((value) => value.slice("STREET_ADDRESS:".length));

  it("makes one address of a row's street, postcode, town and country cells", () => {
    const table = [
      "Name\tStraße\tPLZ\tOrt\tLand\tPersonen",
      "Gisela Hoffstetter\tAm Mühlbach 7\t53783\tEitorf\tDeutschland\t2",
      "Dr. Sabine Ortlieb\tKaiser-Wilhelm-Ring 23\t50672\tKöln\t\t1",
      "Anja Brzeska\tWeidenpescher Str. 6c\t50735\tKöln\tDeutschland\t2",
    ].join("\n");
    assert.deepEqual(addresses(table), [
      "Am Mühlbach 7\t53783\tEitorf\tDeutschland",
      "Kaiser-Wilhelm-Ring 23\t50672\tKöln",
      "Weidenpescher Str. 6c\t50735\tKöln\tDeutschland",
    ]);
  });

  it("reads an address's numbered lines as address columns, an empty one between them", () => {
    const table = [
      "Title\tFirst name\tSurname\tAddress 1\tAddress 2\tTown\tPostcode\tEmail",
      "Mr\tRavi\tRamanathan\t29 Beechcroft Avenue\t\tLeicester\tLE4 7RS\travi.r@example.net",
      "Ms\tGrace\tO'Connor\tFlat 6\t21 Marlborough Road\tLondon\tN19 5PD\tgrace.oc@example.net",
    ].join("\n");
    assert.deepEqual(addresses(table), [
      "29 Beechcroft Avenue\t\tLeicester\tLE4 7RS",
      "Flat 6\t21 Marlborough Road\tLondon\tN19 5PD",
    ]);
  });

  it("takes the postcode, town and country cells after a street without a header", () => {
    assert.deepEqual(addresses("Familia Romero;Calle Feria 31, 3º A;41003 Sevilla;España\n"), [
      "Calle Feria 31, 3º A;41003 Sevilla;España",
    ]);
    assert.deepEqual(addresses("Halina Zielonka\tul. Długa 22/5\t80-831 Gdańsk\tPolen\n"), [
      "ul. Długa 22/5\t80-831 Gdańsk\tPolen",
    ]);
    assert.deepEqual(addresses("tía Pilar;Rúa do Franco 27;15705 Santiago de Compostela;España\n"), [
      "Rúa do Franco 27;15705 Santiago de Compostela;España",
    ]);
  });
});

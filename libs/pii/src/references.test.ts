import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { isReferenceShape } from "./detectors/references.js";
import { EntityType, entityTypeName } from "./entity-types.js";

/** The masked values of a text, whatever their type. */
function masked(text: string): string[] {
  return detectEntities(text).map((entity) => entity.value);
}

function typeOf(text: string, value: string): string | undefined {
  const entity = detectEntities(text).find((candidate) => candidate.value === value);
  return entity === undefined ? undefined : entityTypeName(entity.type);
}

// Values and phrasings made up for these tests; none is in the PII corpus.
describe("a customs desk's references", () => {
  it("takes a declaration's movement reference number, listed alone too, and a bill of lading's", () => {
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Zollanmeldung MRN 24DE440812511902E6 vom 04.03.2024", ticket), [
      "24DE440812511902E6",
    ]);
    assert.deepEqual(valuesOf("The MRNs your office sent:\n24GB7K2M9P0Q7D4XB2\nThanks", ticket), [
      "24GB7K2M9P0Q7D4XB2",
    ]);
    assert.deepEqual(
      valuesOf("(B/L HLCUHAM240388210) zehn Tage Standgeld", EntityType.ENTITY_TYPE_CONTRACT_NUMBER),
      ["HLCUHAM240388210"],
    );
  });
});

describe("reference numbers without a keyword", () => {
  it("masks a capital prefix joined to a long digit group, typed by the nearest word", () => {
    assert.equal(
      typeOf("die Nummer aus dem Telefonat lautet RB-25-604417, bitte prüfen", "RB-25-604417"),
      "TICKET_NUMBER",
    );
    assert.equal(typeOf("wegen unserer Buchung HX-310728 in Rom", "HX-310728"), "ORDER_NUMBER");
    assert.equal(
      typeOf("I'm writing about the claim we opened, PKC-40719-2283.", "PKC-40719-2283"),
      "CLAIM_NUMBER",
    );
    assert.equal(typeOf("Antrag vom Montag (TR-6618034) ist noch offen", "TR-6618034"), "CONTRACT_NUMBER");
    assert.ok(masked("see INC0048813 for the history").includes("INC0048813"));
    assert.ok(masked("Re: 4410-QX-771903 weiterhin offen").includes("4410-QX-771903"));
  });

  it("masks letters and digits that alternate, as passport and booking systems issue them", () => {
    assert.equal(typeOf("KOWALCZYK/EWA MRS | T4W8N2QR7 | Warschau", "T4W8N2QR7"), "TICKET_NUMBER");
    assert.equal(typeOf("my passport is D7K1P3ZM9, valid to 2031", "D7K1P3ZM9"), "ID_DOCUMENT");
  });

  it("masks six and more digits that no other detector explains", () => {
    assert.ok(masked("| Thandiwe Mokoena | 8807125430981 | 2231 |").includes("8807125430981"));
    assert.ok(masked("Die Rechnung für 2023 (Nr. 2024-0719) ist bezahlt.").includes("2024-0719"));
    assert.ok(masked("the one we spoke about, 33107824, is still open").includes("33107824"));
  });

  it("masks a number after a hash sign, a delivery note and an ID card with a letter prefix", () => {
    assert.ok(masked("first 1183 went missing, then #52218 as well").includes("52218"));
    assert.deepEqual(masked("colours #FF0000 and #ABCDEF"), []);
    assert.equal(typeOf("(Lieferschein LS 904417) fehlen 3 Stück", "LS 904417"), "ORDER_NUMBER");
    assert.equal(typeOf("ID card (dowód osobisty): CKW 552871", "CKW 552871"), "ID_DOCUMENT");
    assert.ok(masked("I hold a UK licence, PARKE751023JW9KL.").includes("PARKE751023JW9KL"));
  });

  it("masks tax and VAT numbers of more countries after their keyword", () => {
    for (const [text, value, type] of [
      ["St.-Nr. 27 304 11826 beim Finanzamt", "27 304 11826", "TAX_ID"],
      ["mi NIF es 48213377K", "48213377K", "TAX_ID"],
      ["codice fiscale BNCLRA82M41F205X", "BNCLRA82M41F205X", "TAX_ID"],
      ["our ABN 63 118 402 775 is on the invoice", "63 118 402 775", "TAX_ID"],
      ["BTW-nummer NL004495445B01", "NL004495445B01", "VAT_ID"],
      ["P.IVA 07643520567", "07643520567", "VAT_ID"],
      ["USt-Nr. Belgien: BE 0417.497.106.", "BE 0417.497.106", "VAT_ID"],
      ["MVA-nr. NO 923 609 016 MVA", "NO 923 609 016 MVA", "VAT_ID"],
      ["our GST/HST number is 123456782 RT0001", "123456782 RT0001", "VAT_ID"],
      ["Steuernummer: 09 317/4412", "09 317/4412", "TAX_ID"],
      ["numéro fiscal : 30 23 217 600 053", "30 23 217 600 053", "TAX_ID"],
    ] as const)
      assert.equal(typeOf(text, value), type, text);
    assert.deepEqual(masked("tax id: none yet, TIN follows"), []);
  });

  it("masks VAT numbers of more countries without a keyword", () => {
    for (const value of ["IE9825613N", "XI 318 4402 71", "NL812334966B01", "FR40303265045", "PL5261040828"])
      assert.equal(typeOf(`Please use ${value} from now on.`, value), "VAT_ID", value);
  });

  it("masks the value after any word for a number", () => {
    assert.equal(typeOf("Mandantennummer 30918, falls Sie sie brauchen", "30918"), "CUSTOMER_NUMBER");
    assert.equal(typeOf("Antragsnummer: 7731", "7731"), "CONTRACT_NUMBER");
    assert.ok(masked("our application number is 55-2043 I think").includes("55-2043"));
  });

  it("leaves products, models, standards, firms, dates and amounts readable", () => {
    const things = [
      "Art.-Nr. KX-448812 ist nicht lieferbar",
      "SKU BX-228731 is out of stock",
      "Modell WH-1000XM4, Kopfhörer",
      "die RTX4090 und die WAN28K40",
      "laut ISO-9001-2015 und DIN 5008",
      "Sicherheitslücke CVE-2024-38112, Update KB5034441",
      "Registered in England and Wales No. 04417730.",
      "Company No. 11820437",
      "Fehlercode E-104321 seit gestern",
      "vom 12/10/2024 bis 2019-2023, Abrechnung 202401",
      "Zählernummer 1ESY1160698765 steht auf dem Zähler",
      "Artikelnummer 48812231, Seriennummer 7734102",
      "eine Förderung von 250000 Euro",
      "Flug LH 4512 um 14:30, Zimmernummer 4521",
    ];
    for (const text of things) assert.deepEqual(masked(text), [], text);
  });

  it("tells reference shapes from model names by digits and alternations", () => {
    for (const value of ["KS-24-771302", "CLM-88301-4472", "PX4829173", "C01X00T47", "0417-22"])
      assert.ok(isReferenceShape(value), value);
    for (const value of ["SM-G991B", "COVID-19", "WAN28K40", "RTX4090", "E-1043", "2019-2023", "HRB-12345"])
      assert.ok(!isReferenceShape(value), value);
  });
});

describe("plates and social security numbers of more countries", () => {
  it("masks any plate right after a plate word", () => {
    assert.ok(masked("rego is DKQ-41T, the blue one").includes("DKQ-41T"));
    assert.ok(masked("Kontrollschild LU 208871, Police folgt").includes("LU 208871"));
    assert.ok(masked("Car: 2019 Ford Focus, reg 191-KY-2207").includes("191-KY-2207"));
    assert.ok(masked("amtl. Kennzeichen W-19384 K").includes("W-19384 K"));
  });

  it("masks a plate soon after a vehicle word or make, set off from the model", () => {
    assert.ok(masked("Unfallgegner: Ford Kuga, LB-772-QK, Fahrer flüchtig").includes("LB-772-QK"));
    assert.ok(masked("my van (rv68 jzo) was parked outside").includes("rv68 jzo"));
    assert.ok(masked("das Fahrzeug TW-318-PK wurde abgeschleppt").includes("TW-318-PK"));
    assert.ok(masked("My old plate 7ZQM214 might still be on file").includes("7ZQM214"));
    for (const text of [
      "ein VW Golf 8 GTI, 150 PS, Diesel",
      "DAF LF 230 rigid lorry",
      "Skoda Octavia (HSN 8004, TSN BKX), EZ 03/2019",
      "Audi A6 40 TDI Avant",
    ])
      assert.deepEqual(masked(text), [], text);
  });

  it("leaves a VAT number after 'Reg No.' to the VAT rules, not the plate rule", () => {
    assert.equal(typeOf("VAT Reg No. GB 398 4410 27", "GB 398 4410 27"), "VAT_ID");
  });

  it("masks Swiss AHV and Irish PPS numbers after their keyword", () => {
    assert.equal(typeOf("AHV-Nr. 756.3047.5009.62 meines Mannes", "756.3047.5009.62"), "SOCIAL_SECURITY");
    assert.equal(typeOf("PPSN 6619203TA", "6619203TA"), "SOCIAL_SECURITY");
  });
});

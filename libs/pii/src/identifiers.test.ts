import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Numbers made up for these tests; none is in the PII corpus.
describe("identifiers, birth dates and contact data in the forms the blind sets v13 to v18 showed", () => {
  it("takes a French social security number after its keyword, also with a note in brackets", () => {
    const social = EntityType.ENTITY_TYPE_SOCIAL_SECURITY;
    assert.deepEqual(valuesOf("Numéro de sécurité sociale (F): 1 84 11 75 112 031 52", social), [
      "1 84 11 75 112 031 52",
    ]);
    assert.deepEqual(valuesOf("mon numéro de sécu est le 2 91 04 2A 004 117 63", social), [
      "2 91 04 2A 004 117 63",
    ]);
    assert.deepEqual(valuesOf("Bestellung 1 84 11 75 112 031 52", social), []);
    assert.deepEqual(valuesOf("BSN: 204518937", social), ["204518937"]);
  });

  it("takes tax ids after a bracketed note or a capitalised keyword, and an Italian codice fiscale alone", () => {
    const tax = EntityType.ENTITY_TYPE_TAX_ID;
    assert.deepEqual(valuesOf("Numéro fiscal (F): 21 37 508 114 902", tax), ["21 37 508 114 902"]);
    assert.deepEqual(valuesOf("Tax ID (US): 47-2819035", tax), ["47-2819035"]);
    assert.deepEqual(valuesOf("il mio CF è VRDLCU88C12H501K, grazie", tax), ["VRDLCU88C12H501K"]);
    assert.deepEqual(valuesOf("Artikel VRDLCU88 und Version 12H501", tax), []);
  });

  it("takes the dates after the names in the later items of a list whose first item says 'geb.'", () => {
    const list =
      "Reisende:\n1. Ilir Krasniqi, geb. 02.06.1981, Reisepass P7Q2K81\n2. Nora, 17.10.2016 (Kinderpass)\n" +
      "3. Ben, 30.01.2020, reist mit\n\nFlug am 18.07.2025, Rückflug 01.08.2025";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "02.06.1981",
      "17.10.2016",
      "30.01.2020",
    ]);
    const invoices = "- Anna Berg, geb. 01.02.1970\n- Rechnung vom 03.04.2024\n";
    assert.deepEqual(valuesOf(invoices, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["01.02.1970"]);
  });

  it("takes a parcel number written in mixed groups after its keyword", () => {
    assert.deepEqual(valuesOf("Tracking #: 1Z 72V 518 04 3390 1187", EntityType.ENTITY_TYPE_ORDER_NUMBER), [
      "1Z 72V 518 04 3390 1187",
    ]);
    assert.deepEqual(valuesOf("Auftrag 5512 Q3 2024", EntityType.ENTITY_TYPE_ORDER_NUMBER), ["5512"]);
  });

  it("takes a date right after a name, old enough or a child's, but not a span of time or a letter's date", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("Patient: Hr. Demirci, 11.09.1952\n", birth), ["11.09.1952"]);
    assert.deepEqual(valuesOf("Kinder: Ida (5.6.2017), Mats (30.12.2020)", birth), [
      "5.6.2017",
      "30.12.2020",
    ]);
    assert.deepEqual(valuesOf("Sohn: Jonte, 14.02.2013", birth), ["14.02.2013"]);
    assert.deepEqual(valuesOf("Studium in Leipzig, 01.10.1999 – 30.09.2004", birth), []);
    assert.deepEqual(valuesOf("Leipzig, 12.03.2025\nRechnung Krause (12.03.2025)", birth), []);
    // A child word must be one ("Jacksons" holds no "son"); family members count too.
    assert.deepEqual(valuesOf("Lieferung an Jacksons, 12.05.2019", birth), []);
    assert.deepEqual(valuesOf("Weitere Familienmitglieder: Nils Berg (21.09.2016)", birth), ["21.09.2016"]);
  });

  it("takes birth dates from a column of a table, after 'zur Welt', and from a list of children", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    const barred =
      "Name            | Born         | Passport   | Expires\nOla Nwosu       | 1981-07-14   | 512334871  | 2030-03-01\n";
    assert.deepEqual(valuesOf(barred, birth), ["1981-07-14"]);
    const aligned = "Name        Geburtsdatum   gültig bis\nEva Roth    03.04.1977     01.01.2030\n";
    assert.deepEqual(valuesOf(aligned, birth), ["03.04.1977"]);
    assert.deepEqual(valuesOf("Mila kam am 3. März 2023 zur Welt, am 10.03.2023 durften wir heim.", birth), [
      "3. März 2023",
    ]);
    assert.deepEqual(
      valuesOf("my son was born on 3 March 2015 and my daughter Kalani on August 19, 2019.", birth),
      ["3 March 2015", "August 19, 2019"],
    );
  });

  it("takes a Jira key after 'Jira' and a site named after a person, given and family name joined", () => {
    assert.deepEqual(valuesOf("Can someone look? Jira OPS-2291.", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "OPS-2291",
    ]);
    const url = EntityType.ENTITY_TYPE_URL;
    assert.deepEqual(valuesOf("Priya\nhttps://priyasubramanian.de", url), ["https://priyasubramanian.de"]);
    assert.deepEqual(valuesOf("www.jackwolfskin.de, https://www.paulaner.de", url), []);
  });

  it("takes an IBAN grouped with dashes and an address spelled out around spam filters", () => {
    assert.deepEqual(valuesOf("IBAN DE89-3704-0044-0532-0130-00", EntityType.ENTITY_TYPE_IBAN), [
      "DE89-3704-0044-0532-0130-00",
    ]);
    const email = EntityType.ENTITY_TYPE_EMAIL;
    assert.deepEqual(valuesOf("meine mail: jana punkt krause at gmx punkt de", email), [
      "jana punkt krause at gmx punkt de",
    ]);
    assert.deepEqual(valuesOf("Kontakt: jana.krause[at]web.de", email), ["jana.krause[at]web.de"]);
    assert.deepEqual(valuesOf("look at github.com, I arrive at noon", email), []);
  });

  it("leaves an IMEI, a date after a clause and a signature's contact line alone, and takes a merchant id", () => {
    assert.deepEqual(
      valuesOf("my phone (iPhone 13, IMEI 356938035643809)", EntityType.ENTITY_TYPE_CREDIT_CARD),
      [],
    );
    const contract = "Der alte Vertrag (Kundennummer dort K-55120394) ist zum 30.11. gekündigt.";
    assert.ok(detectEntities(contract).every((entity) => !entity.value.includes("30.11")));
    const signature =
      "accounts@firm.example | www.firm.example\nRegistered in England & Wales No. 09876543 | VAT";
    assert.deepEqual(valuesOf(signature, EntityType.ENTITY_TYPE_IBAN), []);
    assert.deepEqual(valuesOf("cust # 88120, Mitgl.-Nr. 8812", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "88120",
      "8812",
    ]);
    assert.deepEqual(valuesOf("Aktenz. 3 C 118/24", EntityType.ENTITY_TYPE_TICKET_NUMBER), ["3 C 118/24"]);
    assert.deepEqual(valuesOf("Merchant ID: acct_1Nq8ZxKp2Tr7vB9m", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "acct_1Nq8ZxKp2Tr7vB9m",
    ]);
  });

  it("takes a BIC below its IBAN, rows of tax ids under a keyword line, and more words before a value", () => {
    assert.deepEqual(valuesOf("AT56 1470 5193 2426 2008\nRZBAATWW\n", EntityType.ENTITY_TYPE_BIC), [
      "RZBAATWW",
    ]);
    const rows = "Unsere Steuer-Identifikationsnummern:\nich: 47 036 892 815\nmeine Frau: 81 224 079 362\n";
    assert.deepEqual(valuesOf(rows, EntityType.ENTITY_TYPE_TAX_ID), ["47 036 892 815", "81 224 079 362"]);
    const birth = "Mein Geburtsdatum ist der 08.12.1979, das von meinem Mann der 17.03.1976.";
    assert.deepEqual(valuesOf(birth, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["08.12.1979", "17.03.1976"]);
    assert.deepEqual(
      valuesOf("Pension insurance number: 53 020541 B 007", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["53 020541 B 007"],
    );
    assert.deepEqual(valuesOf("Reisepass Ukraine: FX 218774", EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "FX 218774",
    ]);
  });

  it("takes numbers after a long aside, odd keyword spellings, compounds of 'referenz' and aligned table columns", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    const aside = "My customer number (the one on your letters, starts with a 9) is 9301 4478 22, and";
    assert.deepEqual(valuesOf(aside, customer), ["9301 4478 22"]);
    assert.deepEqual(valuesOf("Kundennr. beim bisherigen Anbieter: 6104 882 119", customer), [
      "6104 882 119",
    ]);
    assert.deepEqual(valuesOf("Verwendungszweck: Kd 3390", customer), ["3390"]);
    assert.deepEqual(valuesOf("Betreff: Vers.-Nr. KH 4471-220-19", EntityType.ENTITY_TYPE_CONTRACT_NUMBER), [
      "KH 4471-220-19",
    ]);
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Ihr Zeichen lautete 0521 KK 17/24.", ticket), ["0521 KK 17/24"]);
    assert.deepEqual(valuesOf("man hat mir die Sperrreferenz SP 4471 2093 genannt", ticket), [
      "SP 4471 2093",
    ]);
    const table = "Kd.-Nr.          Konto-Nr.        BLZ\n7 204 118        0447120933       370 501 98\n";
    assert.deepEqual(valuesOf(table, customer), ["7 204 118"]);
    assert.deepEqual(valuesOf("Wir haben  2 Stück  bestellt", customer), []);
  });
});

// Numbers made up for these tests; none is in the PII corpus.
describe("identifiers in the forms the blind sets v19 and v20 showed", () => {
  it("takes contract numbers with umlauts and after a topic, tax codes, dotted Dutch VAT ids and trailer plates", () => {
    const contract = EntityType.ENTITY_TYPE_CONTRACT_NUMBER;
    assert.deepEqual(valuesOf("Der Werkvertrag WÜ-2023-0412 gilt weiter", contract), ["WÜ-2023-0412"]);
    assert.deepEqual(valuesOf("Kündigung Gärtner-Rahmenvertrag Nr. GR-2018-031", contract), ["GR-2018-031"]);
    assert.deepEqual(valuesOf("der Rahmenvertrag über Kühllogistik RK-LG-2021-007 endet", contract), [
      "RK-LG-2021-007",
    ]);
    assert.deepEqual(valuesOf("der Vertrag über Sie ist gut", contract), []);
    assert.deepEqual(valuesOf("Kundennummer müsste 40917 sein", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "40917",
    ]);
    assert.deepEqual(valuesOf("(Vorgang der Hausverwaltung HB-4410)", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "HB-4410",
    ]);
    const tax = EntityType.ENTITY_TYPE_TAX_ID;
    assert.deepEqual(valuesOf("Hanoi Fasteners JSC\nTax code: 0109 552 741", tax), ["0109 552 741"]);
    // A British PAYE code names an allowance, not a taxpayer.
    assert.deepEqual(valuesOf("my payslip shows tax code 1257L again", tax), []);
    assert.deepEqual(valuesOf("BTW NL 0042.17.655.B02 | KvK 5510", EntityType.ENTITY_TYPE_VAT_ID), [
      "NL 0042.17.655.B02",
    ]);
    assert.deepEqual(
      valuesOf("Zugmaschine KR 5521C / Auflieger KR 1880T", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["KR 5521C", "KR 1880T"],
    );
  });

  it("takes the next birth date after a bracketed note, and a code after a clause and a comma", () => {
    assert.deepEqual(
      valuesOf(
        "Dates of birth: 11/02/1984 (me) and 23/09/1987 (Priya)",
        EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
      ),
      ["11/02/1984", "23/09/1987"],
    );
    const secret = EntityType.ENTITY_TYPE_SECRET;
    assert.deepEqual(valuesOf("or the activation code from the letter, HAUS-4R7T-88KQ, instead", secret), [
      "HAUS-4R7T-88KQ",
    ]);
    assert.deepEqual(valuesOf("Das Kennwort hatte ich gestern auf „Lago#Maggiore7“ geändert.", secret), [
      "Lago#Maggiore7",
    ]);
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Your e-tickets:\nBRUN/ANNA MS – 220 7712093381", ticket), ["220 7712093381"]);
    // A phone number of the same shape stays a phone number.
    assert.deepEqual(valuesOf("Zum Ticket: ruf mich an, 030 4471209338", ticket), []);
    // A voucher's code after a clause is public: it has no group mixing letters and digits.
    assert.deepEqual(valuesOf("use the code from our newsletter, AUTUMN-2025, at checkout", secret), []);
  });
});

describe("identifiers in the forms the blind sets v23 and v24 showed", () => {
  it("keeps a value whose prefix reads like a filler word, and a participant's number", () => {
    const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;
    assert.deepEqual(valuesOf("Vorgangsnummer IST-K-2024-550183 beim Konsulat", ticket), [
      "IST-K-2024-550183",
    ]);
    assert.deepEqual(valuesOf("Meine Teilnehmernummer ist TQ-25-4410.", ticket), ["TQ-25-4410"]);
    assert.deepEqual(valuesOf("Teilenummer 8812-40-17 ist lieferbar", ticket), []);
  });

  it("takes Brazil's CPF and Mexico's RFC after their names, never an RFC standard", () => {
    const tax = EntityType.ENTITY_TYPE_TAX_ID;
    assert.deepEqual(valuesOf("Meine CPF ist 417.902.335-18, falls nötig", tax), ["417.902.335-18"]);
    assert.deepEqual(valuesOf("RFC MOLA850412QX3", tax), ["MOLA850412QX3"]);
    assert.deepEqual(valuesOf("headers as RFC 5322 defines them", tax), []);
  });

  it("takes a phone number read out digit by digit, not a meter number", () => {
    const phone = EntityType.ENTITY_TYPE_PHONE;
    assert.deepEqual(valuesOf("meine tochter hat 0 1 7 6 2 2 9 0 4 4 1 danke", phone), [
      "0 1 7 6 2 2 9 0 4 4 1",
    ]);
    assert.deepEqual(valuesOf("zähler nummer ist 1 e s y 2 2 7 0 3 5 6 9 0 1", phone), []);
  });
});

describe("identifiers in the forms the blind sets v25 and v26 showed", () => {
  const all = (text: string) => detectEntities(text).map((entity) => entity.value);

  it("leaves the numbers of drugs, aids, employers and institutions alone", () => {
    assert.deepEqual(all("Bitte ein Rezept für Ramipril 5 mg (PZN 01234567, N3, 100 Stück)"), []);
    assert.deepEqual(all("Clavulansäure 875/125 mg 1-0-1, Rollator (Hilfsmittelnummer 10.46.04.1033)"), []);
    assert.deepEqual(all("Unser IK lautet 261234567. The institution code (IK) is 260598765."), []);
    assert.deepEqual(
      all("Our employer number (Betriebsnummer) is 76543210, Zahlstellennummer 90112233."),
      [],
    );
    assert.deepEqual(
      all("Unsere Betriebsnummer lautet 41327001, Personengruppenschlüssel 101, Beitragsgruppe 1111."),
      [],
    );
  });

  it("takes personnel numbers, a court's file number after a numeral and a birth announced a word later", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Timo Brandl, Pers.-Nr. 31866 (Versand, PNr 31867)", customer), [
      "31866",
      "31867",
    ]);
    assert.deepEqual(valuesOf("(Az. XIV 0233/24), Aufgabenkreis", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "XIV 0233/24",
    ]);
    assert.deepEqual(
      valuesOf("unser Sohn ist am 03.03.2025 gesund zur Welt gekommen", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      ["03.03.2025"],
    );
  });

  it("reads no phone in a CV's months and no street in a year someone moved", () => {
    assert.deepEqual(all("Werkstudent\n04/2016 – 09/2019   Ausbildung Mechatroniker"), []);
    assert.deepEqual(all("I moved to Austria in 2021 on a work permit"), []);
  });
});

describe("identifiers in the forms the blind sets v27 and v28 showed", () => {
  const all = (text: string) => detectEntities(text).map((entity) => entity.value);

  it("takes an Austrian policy and a payment transaction", () => {
    assert.deepEqual(
      valuesOf(
        "die Versicherung (Polizze KX-41.330.902) verständigen",
        EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
      ),
      ["KX-41.330.902"],
    );
    assert.deepEqual(
      valuesOf(
        "The payment was transaction 5TR88120KM441903B for $80",
        EntityType.ENTITY_TYPE_INVOICE_NUMBER,
      ),
      ["5TR88120KM441903B"],
    );
    assert.deepEqual(all("the transaction was declined twice"), []);
  });

  it("leaves shares, frames, land register and water meter numbers alone", () => {
    assert.deepEqual(all("(EZ 2207, KG 61204 Geidorf, 73/1880 Anteile)"), []);
    assert.deepEqual(all("Bike: Riese ST2, frame no. WSBC7033201, Grundbuch GB-Nr. 33180-2"), []);
    assert.deepEqual(all("- Cold water no. 31 0552 17: 211.4 m³"), []);
  });

  it("reads a name written in capitals after a form's label", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Ship To: MEERA KRISHNAN\n14 ELM ST", person), ["MEERA KRISHNAN"]);
    assert.deepEqual(valuesOf("Cardholder: MRS JOANNA PRICE\nCard ending 8812", person), ["JOANNA PRICE"]);
    assert.deepEqual(valuesOf("Ship To: ACME OUTDOOR GMBH\nx", person), []);
  });
});

describe("a membership number after a hash sign and a dash", () => {
  it("masks a longer code whole where the member's number is only its last part", () => {
    const text = "Club membership # - 30718\nPilot card # - CA-P2-30718\nRating - P2";
    const values = detectEntities(text).map((entity) => entity.value);
    assert.deepEqual(
      values.filter((value) => value.includes("30718")),
      ["30718", "CA-P2-30718"],
    );
  });

  it("takes the number in a form's loose line ('membership # - 30718'), not a rating after a dash", () => {
    const customer = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    assert.deepEqual(valuesOf("Club membership # - 30718\nRating - P3", customer), ["30718"]);
  });
});

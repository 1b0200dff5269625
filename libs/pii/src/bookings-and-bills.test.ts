import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// A dental practice's bills, a travel agency's bookings, a wholesaler's delivery notes and a hotel
// group's rooming lists, as the blind sets v111, v114, v112 and v127 wrote them: columns of a PDF
// run together, passenger lists and reservation records, tables drawn with box characters. Every
// value here is made up; none is in the PII corpus.

const masked = (text: string) => detectEntities(text, {}).map((entity) => entity.value);

describe("a dental practice's bills", () => {
  it("takes codes glued to a date by a PDF's columns, not the date", () => {
    const text = "Rechnungsnummer Rechnungsdatum Patienten-Nr.\nMF-24-044719214.05.2024P-220391\nBehandelnde";
    const values = masked(text);
    for (const value of ["MF-24-0447192", "P-220391"]) assert.ok(values.includes(value), value);
    assert.ok(!values.some((value) => value.includes("14.05.2024")));
    assert.ok(masked("Mr Kwame OseiDB-A-33012731/05/2024\non behalf").includes("DB-A-330127"));
    assert.ok(masked("04/03/2024INV-418833Orthodontic review").includes("INV-418833"));
  });

  it("takes a patient's number after its label and under its column", () => {
    assert.deepEqual(
      valuesOf("Frau Hannelore Brandt, Pat.-Nr. 30518, bitte", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["30518"],
    );
    const table = "Pat.-Nr.\tName\tRechnungsnr.\toffen €\n30518\tBrandt, Hannelore\tMF-24-0301266\t1.204,18";
    assert.ok(masked(table).includes("30518"));
  });

  it("takes a password after a doubt, and a name after a title and an initial without dots", () => {
    assert.deepEqual(
      valuesOf("Passwort war glaube ich Pudel#Rex1961 oder so", EntityType.ENTITY_TYPE_SECRET),
      ["Pudel#Rex1961"],
    );
    assert.deepEqual(valuesOf("Riverside Dental, Dr L Pemberton\nDear", EntityType.ENTITY_TYPE_PERSON), [
      "L Pemberton",
    ]);
  });
});

describe("a travel agency's bookings", () => {
  it("reads rows aligned under their header with a column left empty or a note after the last", () => {
    const text = [
      "PAX  NAME                     TYP  GEB.-DATUM",
      "1    YILMAZ/ESRA MRS          ADT",
      "2    YILMAZ/DENIZ MISS        CHD  09.06.2016",
      "",
      "SURNAME/FIRST            SEX  DOB        PASSPORT   NAT",
      "FRASER/MORAG MS          F    19MAY1981  533107284  GBR  (group leader)",
      "REID/CALLUM MSTR         M    27JUL2008  558302197  GBR",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "09.06.2016",
      "19MAY1981",
      "27JUL2008",
    ]);
  });

  it("reads a passport's name column, and French and Spanish headers", () => {
    const names = " #  Name (as in passport)        DOB\n 1  SHARMA / PRIYA               16-11-1986";
    assert.ok(masked(names).includes("SHARMA / PRIYA"));
    const french =
      "NOM          PRENOM      NE(E) LE     CNI\nGIRARD       Manon       12/03/2008   X4RTB7PF2";
    for (const value of ["GIRARD", "Manon", "12/03/2008", "X4RTB7PF2"])
      assert.ok(masked(french).includes(value), value);
  });

  it("takes passengers' names as booking systems write them", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("  1.OKORO/EMEKA MR   2.OKORO/ADA MRS\n", person), [
      "OKORO/EMEKA",
      "OKORO/ADA",
    ]);
    assert.deepEqual(valuesOf("but my passport says SANCHEZ LOPEZ/ANA MARIA.", person), [
      "SANCHEZ LOPEZ/ANA MARIA",
    ]);
    assert.ok(masked("Passagers :\n  MOREAU/CLAIRE MME\n").includes("MOREAU/CLAIRE"));
  });

  it("takes a booking's code after its word in several languages, not a German staff number", () => {
    const order = EntityType.ENTITY_TYPE_ORDER_NUMBER;
    for (const [text, value] of [
      ["Booking: IST4KD\n\nPlease", "IST4KD"],
      ["The booking they made: ZK8W3D, passenger", "ZK8W3D"],
      ["hi my PNR is JF7Q2X, can i bring", "JF7Q2X"],
      ["Référence de réservation : LYS7HX\nPassagers", "LYS7HX"],
    ])
      assert.deepEqual(valuesOf(text!, order), [value], text);
    assert.deepEqual(valuesOf("Personalnummer PNR 123456", order), []);
  });

  it("reads a reservation record's passenger lines", () => {
    const text = [
      "  3.ADEBAYO/TOLU MISS(CHD/12MAR14)",
      " 11 SSR DOCS RW HK1 P/GBR/538216093/GBR/21JAN79/M/03MAR31/ADEBAYO/FEMI/P1",
      " 13 SSR CHLD RW HK1 12MAR14/P3",
      " 15 FA PAX 431-2301884712/ETRW/GBP412.60/08JUN24/LON1S2118/P1",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["12MAR14", "21JAN79", "12MAR14"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT), ["538216093"]);
    assert.ok(valuesOf(text, EntityType.ENTITY_TYPE_PERSON).includes("ADEBAYO/FEMI"));
    assert.ok(masked(text).includes("431-2301884712"));
  });

  it("takes İzmir's numbered streets, a Spanish C/ and a member number after 'dort'", () => {
    const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
    assert.ok(
      valuesOf("Adresse: 1571 Sokak No:8 Daire 2, Alsancak, 35220 Konak/İzmir\n", address)[0]?.startsWith(
        "1571 Sokak",
      ),
    );
    assert.ok(
      valuesOf("Mi dirección: C/ de Toledo 14, pta. 3, 46006 València\n", address)[0]?.startsWith(
        "C/ de Toledo 14",
      ),
    );
    assert.ok(masked("Gold-Status, Mitgliedsnummer dort 882 104 517 226. Meine").includes("882 104 517 226"));
  });
});

describe("a wholesaler's delivery notes", () => {
  it("leaves articles' numbers under their column in a box table", () => {
    const text = [
      "┌─────┬──────────┬──────────────────────────────┐",
      "│ Pos │ Art.-Nr. │ Bezeichnung                  │",
      "├─────┼──────────┼──────────────────────────────┤",
      "│   1 │ 310027   │ Mineralwasser still 0,5l PET │",
      "│   2 │ 310104   │ Cola 0,33 Dose               │",
      "└─────┴──────────┴──────────────────────────────┘",
    ].join("\n");
    assert.deepEqual(masked(text), []);
  });

  it("reads no name into a kiosk, a month or a time span", () => {
    assert.ok(!masked("Gruß\nAyşe Demir\nKiosk & Lotto Bremen").includes("Kiosk"));
    assert.deepEqual(masked("parties booked between Nov and Jan and our limit"), []);
    assert.deepEqual(masked("we need your home address history for the last 3 years."), []);
  });

  it("takes a cardholder's name with initials", () => {
    assert.deepEqual(
      valuesOf("exp 09/27, name on card R T PEMBERTON\n\nI'll ring", EntityType.ENTITY_TYPE_PERSON),
      ["R T PEMBERTON"],
    );
  });
});

describe("a hotel group's rooming lists", () => {
  it("reads an arrival date after a country's code as no birth date, and no address", () => {
    const text =
      "Passport numbers and dates of birth as required.\n\nroom,last_name,first_name,dob,passport,nationality,arr,dep\n" +
      "301,Whitaker,Eleanor,1979-03-14,568204917,USA,2025-06-19,2025-06-22\n" +
      "302,Osei,Kwame,1985-11-23,G40218831,GHA,2025-06-19,2025-06-22\n";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["1979-03-14", "1985-11-23"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
    // A title in capitals still ends a passenger's name before the date.
    assert.deepEqual(
      valuesOf("TRAN/MINH KHOA MR, 15.08.1978, VN passport", EntityType.ENTITY_TYPE_DATE_OF_BIRTH),
      ["15.08.1978"],
    );
  });

  it("ends a guest's name at the column of weekdays, and reads no room abbreviation as a name", () => {
    const list =
      "Guest name            Arrival   Departure\nAnand Krishnamurthy   Sun 11/5  Fri 16/5\nOleksandr Bondarenko  Sun 11/5  Fri 16/5\n";
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), [
      "Anand Krishnamurthy",
      "Oleksandr Bondarenko",
    ]);
    const tabs = "hier die Liste:\n\nZi.\tName\tAnreise\n101\tHoffmann\t13.06.\n";
    assert.ok(!masked(tabs).includes("Zi"));
  });

  it("takes no hotel or its desk for a person", () => {
    for (const text of [
      "Hallo Hotel Lindenhof, wir kommen heute leider spät",
      "Dear Guest Relations,\n\nI stayed at your hotel",
      "Am 13.07.2025 um 16:02 schrieb Küstenzauber Ferienwohnungen <service@kuestenzauber-fewo.example>:",
    ])
      assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [], text);
  });
});

describe("a team's travel list and a booking's corrections (v79)", () => {
  it("reads a column of given names or forenames", () => {
    const table =
      "No. | Surname | Forenames | DOB | Passport\n1 | ADEWALE | TOLULOPE DAVID | 04/02/2009 | 561830017\n";
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_PERSON), ["ADEWALE", "TOLULOPE DAVID"]);
  });

  it("takes a booking's name in capitals around a spaced slash, not a manifest's header", () => {
    assert.deepEqual(
      valuesOf("> Pos. 11 KARACA / MEHMET EMIN – zweiter Vorname fehlt", EntityType.ENTITY_TYPE_PERSON),
      ["KARACA / MEHMET EMIN"],
    );
    assert.deepEqual(
      valuesOf("SURNAME / GIVEN NAMES / DOB / NATIONALITY", EntityType.ENTITY_TYPE_PERSON),
      [],
    );
    assert.deepEqual(valuesOf("Flights FRA / MUC / BER", EntityType.ENTITY_TYPE_PERSON), []);
  });
});

describe("holiday homes abroad and a newspaper's readers (v143, v144)", () => {
  it("reads Italian and Croatian streets with their particles", () => {
    for (const address of [
      "Loc. Poggio al Vento 3, 53011 Castellina in Chianti SI",
      "Ulica kralja Zvonimira 14, 23000 Zadar",
    ])
      assert.deepEqual(valuesOf(`same address + ${address}\nIBAN`, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
        address,
      ]);
  });

  it("takes no newspaper, its editor or its letters desk for a person", () => {
    for (const text of [
      "Dear Editor,\n\nI write as one of",
      "From: The Morning Ledger Subscriptions <noreply@subs.example>",
      "On Wed, Letters <letters@echo.example> wrote:",
    ])
      assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [], text);
  });
});

describe("an airline's customer relations (v147)", () => {
  it("takes an e-ticket after ETKT, a miles account, an Italian street with 'il', a quoted misspelling", () => {
    assert.deepEqual(
      valuesOf("  1  OWUSU/KOFI MR   ETKT 291 2418830599   FQTV", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["291 2418830599"],
    );
    assert.deepEqual(
      valuesOf("mein Meilenkonto (4021 6613 0077). Nach", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["4021 6613 0077"],
    );
    assert.deepEqual(
      valuesOf(
        "to my home:\nVia Lodovico il Moro 41\n20143 Milano MI\n",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["Via Lodovico il Moro 41\n20143 Milano MI"],
    );
    assert.deepEqual(
      valuesOf('My name is Efua Owusu-Ansah, not "OWUSUANSA". Here', EntityType.ENTITY_TYPE_PERSON),
      ["Efua Owusu-Ansah", "OWUSUANSA"],
    );
  });
});

describe("the name a booking is kept under", () => {
  it("is a name in any case when the lexicon knows it", () => {
    assert.deepEqual(valuesOf("table for four, booking is under nowak, 7pm", EntityType.ENTITY_TYPE_PERSON), [
      "nowak",
    ]);
    assert.deepEqual(
      valuesOf("die Reservierung läuft unter Jankowski, 19 Uhr", EntityType.ENTITY_TYPE_PERSON),
      ["Jankowski"],
    );
  });

  it("leaves other things under something alone", () => {
    assert.deepEqual(
      valuesOf("the table is under the window, booked under review", EntityType.ENTITY_TYPE_PERSON),
      [],
    );
  });
});

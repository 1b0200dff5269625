import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Structured values the read held-out sets still leaked: one-time codes as text messages name
// them, card checks in words, birth dates in other forms. Every value here is made up; none is
// in the PII corpus.

const secrets = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_SECRET);
const births = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH);

describe("one-time codes and card checks", () => {
  it("takes a code that a text message names after it", () => {
    assert.deepEqual(secrets('"Lindbank: 702 418 is your sign-in code. It expires in 5 minutes."'), [
      "702 418",
    ]);
    assert.deepEqual(secrets("SMS: 55190 ist Ihr Bestätigungscode für das Kundenportal."), ["55190"]);
  });

  it("takes a code set off by commas after its keyword", () => {
    assert.deepEqual(secrets("They sent me a code, 730651, which I typed in as well."), ["730651"]);
    assert.deepEqual(secrets("The building has a door code, K3380, and no lift."), ["K3380"]);
  });

  it("takes the digits on a card's back", () => {
    assert.deepEqual(secrets("and the three digits on the back are 604. Maybe"), ["604"]);
    assert.deepEqual(secrets("die drei Zahlen auf der Rückseite sind 227."), ["227"]);
  });

  it("leaves a number that names no secret", () => {
    assert.deepEqual(secrets("Order 4471 is your order number, not a code."), []);
  });
});

describe("birth dates in other forms", () => {
  it("reads a month first with a two-digit year and a short month before one", () => {
    assert.deepEqual(births("dob 9/17/93\nold address: none"), ["9/17/93"]);
    assert.deepEqual(births("dob 6th nov 91\nthanks"), ["6th nov 91"]);
  });

  it("reads a day in words before a year in digits", () => {
    assert.deepEqual(births("Dad was born on the twenty third of May, 1941. The folder says"), [
      "twenty third of May, 1941",
    ]);
  });

  it("reads a long date in words before 'geboren'", () => {
    assert.deepEqual(births("Mein Vater ist am dreiundzwanzigsten Oktober neunzehnhundertvierzig geboren."), [
      "dreiundzwanzigsten Oktober neunzehnhundertvierzig",
    ]);
  });

  it("takes the date given again in brackets after a birth date", () => {
    assert.deepEqual(births("Date of birth: 1991年4月9日 (09.04.1991)"), ["1991年4月9日", "09.04.1991"]);
    assert.deepEqual(births("Geburtsdatum: 3 มีนาคม 2534 (= 03.03.1991)"), ["3 มีนาคม 2534", "03.03.1991"]);
  });

  it("reads a manifest's birth-date column between spaced slashes", () => {
    const text = [
      "SURNAME / GIVEN NAMES / DOB / NATIONALITY / EXPIRY",
      "OKONJO / ADA / 09OCT1982 / NGA / 2030-04",
      "LINDQVIST / PER / 22FEB1975 / SWE / 2029-01",
    ].join("\n");
    assert.deepEqual(births(text), ["09OCT1982", "22FEB1975"]);
  });
});

describe("customer numbers after a clause", () => {
  it("takes a short number after 'bei Ihnen' and after a supplier in brackets", () => {
    const numbers = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER);
    assert.deepEqual(numbers("Kundennummer bei Ihnen 52907."), ["52907"]);
    assert.deepEqual(numbers("Kundennummer beim Lieferdienst (Bäckerei am Markt): 61733"), ["61733"]);
  });
});

describe("identity and social security numbers in more forms", () => {
  const ids = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT);
  const social = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY);

  it("reads a document number with its series letters, spaced groups or after a clause", () => {
    assert.deepEqual(ids("nur die carta d'identità (CB 70264 RT) und"), ["CB 70264 RT"]);
    assert.deepEqual(ids("Passport number, in case the form wants it: MK 530281."), ["MK 530281"]);
    assert.deepEqual(ids("Buletin Seria XT 902615"), ["XT 902615"]);
    assert.deepEqual(ids("Galli Sara   11/04/1981   C.I. CB42716TN   CF"), ["CB42716TN"]);
    assert.deepEqual(ids("Checked today:\nJonas Wirth OWD 2311D40587\nnext dive Sunday"), ["2311D40587"]);
    assert.deepEqual(ids("Artikel 2311D40587 ist lieferbar"), []);
    assert.deepEqual(ids("Pass und polnische Karta Pobytu RP 0061934, falls gefragt"), ["RP 0061934"]);
    assert.deepEqual(ids("Personalausweis: Marie-Christin Thelen-Ahrens, geb. 04.05.1990, Nr. LZ4409T52"), [
      "LZ4409T52",
    ]);
    assert.deepEqual(ids("Führerschein: 47 219 836"), ["47 219 836"]);
    assert.deepEqual(ids("My Cartão de Cidadão number is 30917642 4 ZY8, valid"), ["30917642 4 ZY8"]);
  });

  it("leaves the word after a number out of it", () => {
    assert.deepEqual(ids("Passport number AB 123456 is valid until 2030"), ["AB 123456"]);
  });

  it("reads national numbers named in German or in their own language", () => {
    assert.deepEqual(social("Nationalregisternummer 91.02.14-287.63"), ["91.02.14-287.63"]);
    assert.deepEqual(social("Personenkennziffer (henkilötunnus): 140291-338K"), ["140291-338K"]);
    assert.deepEqual(social("steht auf dem Rentenbescheid: 65 220481 M 013"), ["65 220481 M 013"]);
  });
});

describe("a club's squad lists (v135)", () => {
  it("takes every date of a list of players, the younger ones after the older", () => {
    const squad =
      "here's the U12 squad for the spring league:\n\n1. Asante, Kojo – 11/02/2012\n2. Brady, Eoin – 14/03/2013\n3. Dube, Tariro – 08/01/2013\n";
    assert.deepEqual(births(squad), ["11/02/2012", "14/03/2013", "08/01/2013"]);
    // A date of this year after a name in a list of no one's births is none.
    assert.deepEqual(
      births("Payments received:\n1. Asante, Kojo – 14/03/2025\n2. Brady, Eoin – 18/03/2025\n"),
      [],
    );
  });
});

describe("a health insurer's relatives and a repair desk's customers (v133, v136)", () => {
  const social = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_SOCIAL_SECURITY);
  const invoices = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_INVOICE_NUMBER);

  it("takes an Austrian SVNR as the e-card prints it, by its check digit", () => {
    assert.deepEqual(social("das ist meine eigene, ihre ist 9456 020836"), ["9456 020836"]);
    // One digit off, the check fails: without a keyword it is no one's number.
    assert.deepEqual(social("das ist meine eigene, ihre ist 9457 020836"), []);
  });

  it("takes the European health insurance card's own number after the card's name", () => {
    assert.deepEqual(social("EHIC number if you need it: 80826 0000 3318 0417 2291"), [
      "80826 0000 3318 0417 2291",
    ]);
    assert.deepEqual(social("Kennnummer der Karte 80276 00815 04417 10288. Trotzdem"), [
      "80276 00815 04417 10288",
    ]);
  });

  it("takes an invoice's code before its amount, and a kind of invoice before its number", () => {
    assert.deepEqual(invoices("- Invoice KHB-24-008812  EUR 1,244.00\n"), ["KHB-24-008812"]);
    assert.deepEqual(invoices("Die Prämienrechnung PR-2024-06-7741209 ist doppelt"), ["PR-2024-06-7741209"]);
    assert.deepEqual(invoices("Rechnung 380 EUR"), []);
  });

  it("takes a birth date and the one that corrects it", () => {
    assert.deepEqual(births("says my date of birth is 21/04/1979. That is wrong, it should be 12/04/1979."), [
      "21/04/1979",
      "12/04/1979",
    ]);
  });

  it("takes codes after an SMS, a recovery key on the next line, a PIN in brackets or in pairs", () => {
    assert.deepEqual(secrets("what came in the SMS: 604 221. Then"), ["604 221"]);
    assert.deepEqual(secrets("per SMS an 0171 2345678"), []);
    assert.deepEqual(secrets("my recovery key, in case you need it:\n402913-771024-583310-129944\n"), [
      "402913-771024-583310-129944",
    ]);
    assert.deepEqual(secrets("the codes → PIN(8426) and"), ["8426"]);
    assert.deepEqual(secrets("Entsperr-PIN trotzdem: 51 08 73\n"), ["51 08 73"]);
    assert.deepEqual(secrets("Admin-Login: admin / Kx7#Praxis2031\n"), ["Kx7#Praxis2031"]);
  });

  it("takes no IMEI for a card, and no branch, family or club for a person", () => {
    assert.deepEqual(
      valuesOf("IMEI geprüft: 356938035643809, keine Sperre.", EntityType.ENTITY_TYPE_CREDIT_CARD),
      [],
    );
    for (const text of [
      "Ihr Gerät ist in Ihrer Filiale abzuholen.",
      "wir möchten als Familie in den Verein eintreten",
      "Head Coach, Kingfisher Judo Club\nKingfisher Leisure Centre",
    ])
      assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), [], text);
  });

  it("takes a BIC after '=', and a name with a particle on a mail's last line", () => {
    assert.deepEqual(valuesOf("IBAN=DE38968067362270209033\nBIC=GENODES1VBR\n", EntityType.ENTITY_TYPE_BIC), [
      "GENODES1VBR",
    ]);
    assert.deepEqual(
      valuesOf("48149 Münster\n\nThank you po!\nCristina Dela Torre", EntityType.ENTITY_TYPE_PERSON),
      ["Cristina Dela Torre"],
    );
  });
});

describe("a bank app's screens and a neobroker's customers (v140)", () => {
  it("reads labels and values on alternating lines, two pairs at least", () => {
    const screen = "Hier der Text:\n\nDepot\n6102 9947 33\nBIC\nREVOLT21XXX\nBestätigungscode\n84 72 19\n";
    assert.deepEqual(valuesOf(screen, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["6102 9947 33"]);
    assert.deepEqual(valuesOf(screen, EntityType.ENTITY_TYPE_BIC), ["REVOLT21XXX"]);
    assert.deepEqual(secrets(screen), ["84 72 19"]);
    const account = "Depot\n6102 9947 33\nVerrechnungskonto\nDE73 2046 1100 0000 1234 56\n";
    assert.deepEqual(valuesOf(account, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["6102 9947 33"]);
    // One heading over a number is no screen; a transaction's code is no secret.
    assert.deepEqual(secrets("Bestätigungscode\n84 72 19\n\nDanke"), []);
    assert.deepEqual(secrets("Transaktionscode\n7RK12345AB678901C\nTransaktionsdatum\n13.03.2025\n"), []);
  });

  it("takes a recovery phrase of twelve words, a depot's and an account's number", () => {
    const phrase =
      "this is my recovery phrase:\n\nocean timber velvet ribbon anchor glimpse\nlunar fossil cradle mercy thumb orbit\n";
    assert.deepEqual(secrets(phrase), [
      "ocean timber velvet ribbon anchor glimpse\nlunar fossil cradle mercy thumb orbit",
    ]);
    assert.deepEqual(valuesOf("Mein Depot bei Ihnen: 4009 3318 27", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "4009 3318 27",
    ]);
    // A parcel service's depot has a short number.
    assert.deepEqual(
      valuesOf("ging es an Depot 0421, Retourenzentrum", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      [],
    );
    assert.deepEqual(valuesOf("Sicherung Kto 88 120 4471 Ref", EntityType.ENTITY_TYPE_IBAN), ["88 120 4471"]);
  });
});

describe("a daycare's lists (v137)", () => {
  it("reads a phone after a list item's number, and a birth date after an em dash", () => {
    assert.deepEqual(
      valuesOf("Emergency contacts:\n1. 07984 550231 - Rebecca (mum)\n", EntityType.ENTITY_TYPE_PHONE),
      ["07984 550231"],
    );
    assert.deepEqual(births("Our children:\n\nFionn Walsh — 04/05/2012 — Year 6"), ["04/05/2012"]);
  });
});

describe("a temp agency's workers and sites (v142)", () => {
  it("takes IBANs typed with dots or slashes, a quoted password, a key safe's and an alarm's code", () => {
    assert.deepEqual(
      valuesOf("ist gekündigt:\nDE05.7002.0270.1433.6143.64\nHypo", EntityType.ENTITY_TYPE_IBAN),
      ["DE05.7002.0270.1433.6143.64"],
    );
    assert.deepEqual(
      valuesOf("DSK bank, ist ok?? BG26/STSA/7680/1054/2349/41\n", EntityType.ENTITY_TYPE_IBAN),
      ["BG26/STSA/7680/1054/2349/41"],
    );
    assert.deepEqual(secrets('the verbal password is now "hazelgrove" – please update'), ["hazelgrove"]);
    assert.deepEqual(secrets("Manchester M4 6AJ  key safe 5-1-9-0\n"), ["5-1-9-0"]);
    assert.deepEqual(secrets("Intruder alarm – unset with 2 8 6 4 then press ENT."), ["2 8 6 4"]);
    // A year after the box is when it came, not its code.
    assert.deepEqual(secrets("Schlüsselbox 2024 erneuert"), []);
    assert.deepEqual(
      valuesOf("die SV Nummer ist 4722 030795. Bitte", EntityType.ENTITY_TYPE_SOCIAL_SECURITY),
      ["4722 030795"],
    );
  });
});

describe("an estate service's letters (v141)", () => {
  it("takes death certificates' numbers, and a birth date after Italian 'nato il'", () => {
    const ids = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_ID_DOCUMENT);
    assert.deepEqual(ids("noch: die Sterbeurkunden (Nr. S 2291/2024) – wie viele"), ["S 2291/2024"]);
    assert.deepEqual(ids("- Death certificate (UK) no. DYK 418830\n"), ["DYK 418830"]);
    assert.deepEqual(births("Papà: Salvatore Conti, nato il 14/08/1943 a Lecce"), ["14/08/1943"]);
  });
});

describe("older patients' punctuation (v151)", () => {
  it("takes a birth date with spaces beside its marks", () => {
    assert.deepEqual(births("Heinz Wollbrecht, geb. 3 .4. 1936, Ardeystr. 112"), ["3 .4. 1936"]);
    assert.deepEqual(births("mein Geburtsdatum ist ja drinnen, 14. 3. 1941), Telefon"), ["14. 3. 1941"]);
  });
});

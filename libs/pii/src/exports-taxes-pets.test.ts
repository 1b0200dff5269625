import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v38 and v131 (tax advisors' offices), v39 and v129 (vet clinics and pet
// insurers) and v40 (machine-made mail) showed. Every value here is made up; none is in the PII
// corpus.

const person = EntityType.ENTITY_TYPE_PERSON;
const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("exports, cards and invitations", () => {
  it("reads a semicolon export by its header: names, street, postcode, town, birth date", () => {
    const csv =
      "bestellnr;datum;vorname;nachname;strasse;plz;ort;geburtsdatum;betrag\nKL-2024-1001;2024-03-02;Ilse;Quandtmeyer;Lindenweg 3;17489;Greifswald;1988-07-23;349,90";
    assert.deepEqual(valuesOf(csv, address), ["Lindenweg 3;17489;Greifswald"]);
    assert.deepEqual(valuesOf(csv, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["1988-07-23"]);
    assert.ok(valuesOf(csv, person).includes("Quandtmeyer"));
  });

  it("reads a comma export with quoted cells, and no amounts from a 'Refund' column", () => {
    const csv =
      'RMA,Order,Customer,Phone,Return address,Refund (EUR)\nRMA-1,KL-2024-2002,Ana Ruiz,+34 655 201 847,"Calle Mayor 6, 28013 Madrid, ES",129.00';
    assert.deepEqual(valuesOf(csv, EntityType.ENTITY_TYPE_PHONE), ["+34 655 201 847"]);
    assert.deepEqual(valuesOf(csv, address), ["Calle Mayor 6, 28013 Madrid, ES"]);
    assert.ok(!detectEntities(csv).some((entity) => entity.value === "129.00"));
  });

  it("reads a form of labels and values, and a town column only beside a street", () => {
    const form = "vorname        | Henrik\nnachname       | Quistorp-Alm\nplz            | 28209";
    assert.deepEqual(valuesOf(form, person), ["Henrik", "Quistorp-Alm"]);
    const statement = "Datum | Händler | Ort | Betrag\n03.04. | BOOKING.COM | AMSTERDAM | 412,60";
    assert.deepEqual(valuesOf(statement, address), []);
  });

  it("takes a vCard's address and an invitation's location with a postcode", () => {
    const card = "BEGIN:VCARD\nADR;TYPE=work:;5. OG;Sonnenstraße 19;München;;80331;Germany\nEND:VCARD";
    assert.deepEqual(valuesOf(card, address), ["5. OG;Sonnenstraße 19;München;;80331;Germany"]);
    const invite = "LOCATION:Hafenstraße 33\\, 27568 Bremerhaven\nLOCATION:Raum 2";
    assert.deepEqual(valuesOf(invite, address), ["Hafenstraße 33\\, 27568 Bremerhaven"]);
  });

  it("leaves a status line, a browser's version, a payment's reason code and its transaction code alone", () => {
    assert.deepEqual(valuesOf("Response: HTTP 502 Bad Gateway", address), []);
    assert.deepEqual(valuesOf("Chrome/123.0.0.0 Safari/537.36", EntityType.ENTITY_TYPE_IP_ADDRESS), []);
    const payment = "rejected with reason code AC04. Transaktionscode: 5LK20934HX8812247";
    assert.deepEqual(valuesOf(payment, EntityType.ENTITY_TYPE_SECRET), []);
  });
});

describe("a tax advisor's mail", () => {
  const ticket = EntityType.ENTITY_TYPE_TICKET_NUMBER;

  it("takes file numbers with an office's abbreviation, but no word before a number", () => {
    assert.deepEqual(valuesOf("das Geschäftszeichen RbSt 12-2024/0817 an", ticket), ["RbSt 12-2024/0817"]);
    assert.deepEqual(valuesOf("Aktenzeichen ESt-Vl 3/2022-4471", ticket), ["ESt-Vl 3/2022-4471"]);
    assert.deepEqual(
      valuesOf("add him to my policy from 01.04.2025.", EntityType.ENTITY_TYPE_CONTRACT_NUMBER),
      [],
    );
  });

  it("takes a client number, a pension number a clause after its keyword, tax ids listed below", () => {
    assert.deepEqual(valuesOf("Lohnabrechnung – Mandant 20417", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "20417",
    ]);
    const pension = "Rentenversicherungsnummer meines Vaters, falls Sie die dafür brauchen: 24 160341 S 009.";
    assert.deepEqual(valuesOf(pension, EntityType.ENTITY_TYPE_SOCIAL_SECURITY), ["24 160341 S 009"]);
    const ids = "the Steuer-ID of each shareholder.\nPieter: 58 301 742 960\nMe: 44 082 617 395";
    assert.deepEqual(valuesOf(ids, EntityType.ENTITY_TYPE_TAX_ID), ["58 301 742 960", "44 082 617 395"]);
  });

  it("takes a card holder's name without a colon, but not a reason named after card holders", () => {
    assert.deepEqual(valuesOf("Expiry 09/27, name on card SOFIA ALVAREZ RUIZ\n\nThanks", person), [
      "SOFIA ALVAREZ RUIZ",
    ]);
    assert.deepEqual(valuesOf("Reason code: 4853 – Cardholder Dispute (Not as described)", person), []);
  });

  it("takes the name under 'Im Auftrag' and 'Auf Anordnung'", () => {
    assert.deepEqual(valuesOf("Mit freundlichen Grüßen\nIm Auftrag\nLechner\nRechtsbehelfsstelle", person), [
      "Lechner",
    ]);
    assert.deepEqual(valuesOf("Auf Anordnung\nHessler, Justizbeschäftigte", person), ["Hessler"]);
  });

  it("takes only known names from an office's display name or a role mailbox", () => {
    const signature = "Viele Grüße\nPetra Lindemann\nReisestelle\nRheinland Chemie AG";
    assert.deepEqual(valuesOf(signature, person, ["Petra Lindemann", "reisestelle"]), ["Petra Lindemann"]);
    assert.deepEqual(valuesOf("Anneliese Brocker\nSozialdienst", person, ["Sozialdienst JVA Werl"]), [
      "Anneliese Brocker",
    ]);
  });
});

describe("a vet's mail", () => {
  it("leaves an animal's name alone wherever the mail says it is one, not a person of that name", () => {
    const mail =
      "Hi,\nBella (cockapoo, 9 kg) is due for her booster. Could Bella come on Friday?\nPet: Oscar\nThanks, Priya Raman";
    assert.deepEqual(valuesOf(mail, person), ["Priya Raman"]);
    const shared = "Max (der Kater) hat gekratzt. Unser Sohn Max war beim Kinderarzt.";
    assert.deepEqual(valuesOf(shared, person), ["Max"]);
    assert.deepEqual(valuesOf("Patient: Tyrone Washington\nDOB: 04/17/1977", person), ["Tyrone Washington"]);
  });
});

describe("a tax office's clients and a pet insurer's forms, as v129 and v131 wrote them", () => {
  it("takes a Steuer-ID in any groups after its keyword, and children's dates below their heading", () => {
    const text = "meine steuer id ist 27 604 1183 95 nein sorry";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TAX_ID), ["27 604 1183 95"]);
    // Without its keyword, a number in odd groups is no tax id.
    assert.deepEqual(valuesOf("Rufen Sie 27 604 1183 95 an", EntityType.ENTITY_TYPE_TAX_ID), []);
    const children =
      "Hallo, anbei:\n\nUnsere Kinder:\nMelek     14.06.2016     Klasse 3\nBaran     02.11.2019\n";
    assert.deepEqual(valuesOf(children, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), ["14.06.2016", "02.11.2019"]);
  });

  it("takes a lower-case name after a capital salutation, and an Austrian degree's name", () => {
    assert.deepEqual(valuesOf("Hallo Herr hoffmann\n\nich habe die unterlagen", person), ["hoffmann"]);
    assert.deepEqual(valuesOf("Dear Mr de Vries,", person), ["de Vries"]);
    assert.deepEqual(valuesOf("absagen, da Mag. Pichlmayr erkrankt ist", person), ["Pichlmayr"]);
    assert.deepEqual(valuesOf("Giulia Marchetti\nDipl.-Ing. Architektin\nVia Roma 3", person), [
      "Giulia Marchetti",
    ]);
    // A dental lab's patient and a parish priest (v151).
    assert.deepEqual(valuesOf("zum Auftrag A-24-11873 (Pat. Wiegand, Brücke 14-16)", person), ["Wiegand"]);
    assert.deepEqual(valuesOf("the television and Father Doherty at Mass", person), ["Doherty"]);
  });

  it("takes an account holder's initial and double name in capitals, and a signature without a sign-off", () => {
    assert.deepEqual(valuesOf("Bank details   Account name K OKAFOR-BRENNAN\nIBAN", person), [
      "K OKAFOR-BRENNAN",
    ]);
    const closing = "rather than by direct debit.\n\nDemetris Charalambous\n07712 604 118";
    assert.ok(valuesOf(closing, person).includes("Demetris Charalambous"));
  });

  it('reads a street whose capitalized adjective stands before "str", and a policy after "laut Police"', () => {
    assert.deepEqual(valuesOf("lg heike\nAachener str 12 , 50354 hürth\nrv-nr", address), [
      "Aachener str 12 , 50354 hürth",
    ]);
    assert.deepEqual(valuesOf("ist laut Police: 71 880 214 6.", EntityType.ENTITY_TYPE_CONTRACT_NUMBER), [
      "71 880 214 6",
    ]);
    assert.deepEqual(valuesOf("the police: 110 was called", EntityType.ENTITY_TYPE_CONTRACT_NUMBER), []);
  });

  it("takes a towing vehicle's plate, and a Vietnamese name written without its marks", () => {
    assert.deepEqual(
      valuesOf("Zugfahrzeug GR 52 904, Anhänger GR 11873.", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["GR 52 904", "GR 11873"],
    );
    assert.deepEqual(valuesOf("Benutzername: Dang Thi Thu\nAktivierungs-ID", person), ["Dang Thi Thu"]);
    // A bare spelling of three letters stays a word: "TAN" is a bank's code before it is "Tân".
    assert.deepEqual(valuesOf("hab dann ne neue TAN angefordert", person), []);
  });

  it("takes a security word, and an Eircode of Dublin 6W", () => {
    assert.deepEqual(
      valuesOf("my telephone security word (ballyvaughan77) and", EntityType.ENTITY_TYPE_SECRET),
      ["ballyvaughan77"],
    );
    assert.deepEqual(valuesOf("Send it to 12 Kenilworth Lane, Dublin 6W, D6W R4K2\n", address), [
      "12 Kenilworth Lane, Dublin 6W, D6W R4K2",
    ]);
  });
});

describe("animals named after their kind's word", () => {
  it("leaves two cats named together after 'die Katzen', and their names later in the mail", () => {
    const mail = [
      "Hallo Frau Lindqvist,",
      "wir haben am Samstag die Katzen Greta und Anton übernommen.",
      "Greta sitzt schon auf dem Kratzbaum, Anton noch unterm Bett.",
      "Viele Grüße",
      "Jana Weißhaupt",
    ].join("\n");
    assert.deepEqual(valuesOf(mail, person), ["Lindqvist", "Jana Weißhaupt"]);
  });

  it("leaves a rabbit 'called' by a person's name", () => {
    assert.deepEqual(valuesOf("Other pets: a rabbit called Beatrice, indoor only.", person), []);
  });
});

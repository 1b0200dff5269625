import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Payment details as the blind sets v84 (payments gone wrong) and v86 (software support) wrote
// them. Every value here is made up; none is in the PII corpus.

describe("payment details", () => {
  it("takes a bank code after 'bank' when it is a valid BIC, and after 'BIC (note):'", () => {
    const bics = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_BIC);
    assert.deepEqual(
      bics("routed through the intermediary bank COBADEFF and credited by your bank (GENODEF1S12)"),
      ["COBADEFF", "GENODEF1S12"],
    );
    assert.deepEqual(bics("BIC (richtig):        BNPAFRPP"), ["BNPAFRPP"]);
    assert.deepEqual(bics("The bank HOMEDEPOT said no"), []);
  });

  it("takes a bank code said in a sentence after its keyword", () => {
    const bics = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_BIC);
    assert.deepEqual(bics("unser BIC ist GENODEF1S10, oder?"), ["GENODEF1S10"]);
    assert.deepEqual(bics("Die BIC lautet COBADEFF370"), ["COBADEFF370"]);
  });

  it("takes a card number with two spaces between its groups", () => {
    assert.deepEqual(
      valuesOf("my Discover card 6011 0009  9013 9424, please", EntityType.ENTITY_TYPE_CREDIT_CARD),
      ["6011 0009  9013 9424"],
    );
  });

  it("takes an old account number after 'Kto.'", () => {
    assert.deepEqual(valuesOf("(Kto. 7731 0094 bei der Sparkasse)", EntityType.ENTITY_TYPE_IBAN), [
      "7731 0094",
    ]);
  });

  it("takes login ids, a Jobcenter household number and a provider's customer number", () => {
    const numbers = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER);
    assert.deepEqual(numbers("I entered my login ID 5580 1123 09 and then"), ["5580 1123 09"]);
    assert.deepEqual(numbers("(BG-Nummer 31102BG0044719)"), ["31102BG0044719"]);
    assert.deepEqual(numbers("Telekom-Kundennummer 4402 771 908."), ["4402 771 908"]);
  });

  it("takes a payment link written without its scheme", () => {
    assert.deepEqual(valuesOf("link: paypal.me/idaschollmeyer", EntityType.ENTITY_TYPE_URL), [
      "paypal.me/idaschollmeyer",
    ]);
  });

  it("reads no order number into a row about a debit", () => {
    const text = "Kundennummer:      4711\nErste Abbuchung:   am oder nach dem 03.04.2025, Betrag 42,90 €";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_ORDER_NUMBER), []);
  });

  it("reads a payment list's plain Name column beside its IBANs, particles first too", () => {
    const text = [
      "Name;IBAN;Betrag;Verwendungszweck",
      '"Brandauer, Helga";DE75512108001245126199;2814,33;Gehalt 03/2024',
      '"van Rijn, Joost";NL02ABNA0123456789;2950,15;Salaris 03/2024',
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Brandauer, Helga", "van Rijn, Joost"]);
  });

  it("leaves a shop's category code and a payment provider's transaction code", () => {
    const text = "Merchant category code: 5812\nPayPal-Transaktionscode: 3HF20517QX993100L";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), []);
  });

  it("takes a number after a German keyword in the genitive, an abbreviated pension number, a member column", () => {
    assert.deepEqual(
      valuesOf("unter Angabe des Kassenzeichens 6200 51 730194.", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["6200 51 730194"],
    );
    assert.deepEqual(valuesOf("Rentenvers.-Nr.:   65 170382 K 014", EntityType.ENTITY_TYPE_SOCIAL_SECURITY), [
      "65 170382 K 014",
    ]);
    const members =
      "Mitgl-Nr;Nachname;Vorname;Telefon\n1003;Overbeck;Heinrich;02532 8817\n1140;Kleine;Christa;02532 1234";
    assert.deepEqual(valuesOf(members, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["1003", "1140"]);
  });

  it("reads an export's street, postcode and town columns as the address", () => {
    const text = "site;street;postcode;town;meter\nHotel;Weserpromenade 1;31785;Hameln;1ESY1160800112";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Weserpromenade 1;31785;Hameln",
    ]);
  });
});

describe("an IBAN with digits missing", () => {
  const iban = EntityType.ENTITY_TYPE_IBAN;

  it("is still an account when its check digits hold or a word says it is one", () => {
    assert.deepEqual(valuesOf("bitte auf DE10 5207 1840 3396 0215 überweisen", iban), [
      "DE10 5207 1840 3396 0215",
    ]);
    assert.deepEqual(valuesOf("Konto DE55 5207 1840 3396 0215\nDanke", iban), ["DE55 5207 1840 3396 0215"]);
  });

  it("leaves a short code with neither alone", () => {
    assert.deepEqual(valuesOf("Ref DE55 5207 1840 3396 0215 ok", iban), []);
  });
});

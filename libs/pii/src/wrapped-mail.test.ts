import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { unwrappedView } from "./unwrapped-view.js";

// Values cut by wrapped and quoted lines, as the blind sets v87 (mail through old clients) and
// v91-v94 wrote them. Every value here is made up; none is in the PII corpus.

describe("values cut by wrapped and quoted lines", () => {
  it("joins a phone number cut in two, quote marks on its second line", () => {
    const text =
      "Der Gutachter kann gern kommen. Meine\n> > Handynummer: 0172\n> > 4410 8893.\n> >\n> > Grüße";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PHONE), ["0172\n> > 4410 8893"]);
  });

  it("joins a card's groups, an id cut after its dash and a British plate's halves", () => {
    const card = "two payments on my credit card 4539 1488\n>> 0343 6467: GBP 84.99";
    assert.deepEqual(valuesOf(card, EntityType.ENTITY_TYPE_CREDIT_CARD), ["4539 1488\n>> 0343 6467"]);
    const ticket = "Could I please have a refund? Case LDN-2025-\n>>> 00914.\n>>> Thanks";
    assert.deepEqual(valuesOf(ticket, EntityType.ENTITY_TYPE_TICKET_NUMBER), ["LDN-2025-\n>>> 00914"]);
    const plate = "the other car was a silver Ford Focus, registration KM19\nXTR according to the note.";
    assert.deepEqual(valuesOf(plate, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["KM19\nXTR"]);
  });

  it("joins quoted-printable's soft breaks inside an address and a link", () => {
    const text =
      "Gr=C3=BC=C3=9Fe\n> Von: Stadtwerke <service@stadtwerke-ober=\nlausitz.de>\n> Zugang: https://portal.example.de/x?kd=3D40118=\n7726&tok=3Da81be4c0d9";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_EMAIL), ["service@stadtwerke-ober=\nlausitz.de"]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://portal.example.de/x?kd=3D40118=\n7726&tok=3Da81be4c0d9",
    ]);
  });

  it("leaves lines that only follow each other", () => {
    assert.equal(unwrappedView("Giulia Romano\nFlat 4B\n"), undefined);
    assert.equal(unwrappedView("Tel. 0711 2049 9316\n2. Stock links"), undefined);
    assert.equal(unwrappedView("Zalo: +84 912 448 307\n18 ngõ 42 Trần Quốc Hoàn"), undefined);
  });

  it("reads names through quoted-printable escapes and a double name cut after its hyphen", () => {
    const names = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);
    assert.deepEqual(names("Mit freundlichen Gr=C3=BC=C3=9Fen\nDragan Jovanovi=C4=87\n0711 2049 9316"), [
      "Dragan Jovanovi=C4=87",
    ]);
    assert.deepEqual(
      names("Ihr bisheriger Arzt, Herr Dr. Brandstetter-\n>> Kohlhaas, schließt die Praxis."),
      ["Brandstetter-\n>> Kohlhaas"],
    );
  });

  it("leaves a header's digits after '=' in a quoted-printable mail", () => {
    const text = "Gr=C3=BC=C3=9Fe\nDKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; s=20230601; c=relaxed";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("joins an address cut in its domain, a German plate before its number, a number's last group", () => {
    const mail =
      "From: Philippa Ashdown <p.ashdown@\noutlook.com>\nOn Tue, Femi Okoro <femi.okoro@yahoo.\nco.uk> wrote:";
    assert.deepEqual(valuesOf(mail, EntityType.ENTITY_TYPE_EMAIL), [
      "p.ashdown@\noutlook.com",
      "femi.okoro@yahoo.\nco.uk",
    ]);
    assert.deepEqual(
      valuesOf("mit dem Kennzeichen HB-KL\n4471 wurde", EntityType.ENTITY_TYPE_LICENSE_PLATE),
      ["HB-KL\n4471"],
    );
    const account = "The council tax account number is 3014 5528\n9012. A carer comes daily.";
    assert.deepEqual(valuesOf(account, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["3014 5528\n9012"]);
    assert.deepEqual(
      valuesOf("erreichen Sie mich unter\n> 0231\n> 774-5510.", EntityType.ENTITY_TYPE_PHONE),
      ["0231\n> 774-5510"],
    );
  });

  it("leaves an export's next row apart from a phone number ending the one before", () => {
    assert.equal(
      unwrappedView("Nr;Name;Telefon\n1003;Overbeck;02532 8817\n1140;Kleine;02532 1234"),
      undefined,
    );
  });
});

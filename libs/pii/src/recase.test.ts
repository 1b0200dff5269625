import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { recased } from "./recase.js";

// The forms the blind sets v50 (a funeral home), v51 (a mobile bank's support) and v52 (mails
// typed in haste) showed. Every value here is made up; none is in the PII corpus.

describe("capitals given back", () => {
  it("leaves a text typed with the usual capitals alone", () => {
    assert.equal(recased("Guten Tag,\nmein Name ist Jana Berg.\nViele Grüße"), undefined);
    assert.equal(recased("tel. 030 1234567\ngesendet von meinem iphone"), undefined, "nothing to recase");
  });

  it("capitalizes names and towns on caseless lines, and keeps every offset", () => {
    const typed = "hallo mein name ist oksana melnyk\nmfg\ntomasz wrobel\n49377 vechta";
    const view = recased(typed)!;
    assert.equal(view.length, typed.length);
    assert.equal(view, "hallo mein name ist Oksana Melnyk\nmfg\nTomasz Wrobel\n49377 Vechta");
  });

  it("keeps a line's length when a letter's lower case is longer (Turkish İ, lowered to i)", () => {
    const typed = "VORNAME:         MEHMET ALİ\nNACHNAME:        KAYA";
    const view = recased(typed)!;
    assert.equal(view.length, typed.length);
    assert.equal(view, "VORNAME:         Mehmet Ali\nNACHNAME:        KAYA");
  });

  it("leaves codes on a line in capitals, and everyday words that are names too", () => {
    assert.equal(
      recased("KONTOINHABER DRAGOS POPESCU\nBIC RNCBROBUXXX"),
      "KONTOINHABER Dragos Popescu\nBIC RNCBROBUXXX",
    );
    assert.equal(recased("hey guys\ndropped my ute off, the mats are rosa"), undefined);
  });

  it("reads a line after its label: a street in capitals, a whole name after a name label", () => {
    assert.equal(recased("Neu: HOLSTEINER STR. 8 / 50733 KÖLN"), "Neu: Holsteiner Str. 8 / 50733 KÖLN");
    assert.equal(recased("Account name: TRAN THI MINH ANH"), "Account name: Tran Thi Minh Anh");
    assert.equal(recased("Ref: ABC XYZ"), undefined, "codes after another label stay");
  });
});

describe("mails typed in haste", () => {
  it("finds names written in lower case or in capitals", () => {
    assert.deepEqual(
      valuesOf(
        "hallo komma mein name ist oksana melnyk punkt ich wohne hier seit mai",
        EntityType.ENTITY_TYPE_PERSON,
      ),
      ["oksana melnyk"],
    );
    assert.deepEqual(
      valuesOf("THE ENGINEER WHO CAME WAS MR DANIEL HARTWELL.", EntityType.ENTITY_TYPE_PERSON),
      ["DANIEL HARTWELL"],
    );
    assert.deepEqual(
      valuesOf("Its me jocelyn ramos, dob 03/14/1987, see you Friday", EntityType.ENTITY_TYPE_PERSON),
      ["jocelyn ramos"],
    );
  });

  it("takes a number glued to its label", () => {
    assert.deepEqual(
      valuesOf("bestellnr 40018827731 kundennr6620418", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ["6620418"],
    );
    // Typed straight into a value in capitals, with or without "nr".
    assert.deepEqual(valuesOf("neuer? mitglnrQX-37715 gruß", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "QX-37715",
    ]);
    assert.deepEqual(
      valuesOf("rechnungRE-2025-0977 wurde 2x abgebucht", EntityType.ENTITY_TYPE_INVOICE_NUMBER),
      ["RE-2025-0977"],
    );
    assert.deepEqual(valuesOf("schon 2x angerufen, 3mal gemailt", EntityType.ENTITY_TYPE_INVOICE_NUMBER), []);
  });

  it("takes a lower-case street whose postcode follows its comma without a space", () => {
    assert.deepEqual(
      valuesOf(
        "weiterleitung ab 1.6.: mühlenweg 6b,24939 flensburg danke!!",
        EntityType.ENTITY_TYPE_STREET_ADDRESS,
      ),
      ["mühlenweg 6b,24939 flensburg"],
    );
  });

  it("takes addresses typed without commas or capitals, or dictated with 'komma'", () => {
    for (const address of [
      "hansastraße 9 komma dritter stock rechts komma 44137 dortmund",
      "Kastanienallee 12 hinterhaus 10435 berlin",
      "goethestr 7 2.og li 69115 heidelberg",
      "flat 4 27 mill road cambridge cb1 2ad",
    ])
      assert.deepEqual(
        valuesOf(`meine adresse ist ${address} punkt danke`, EntityType.ENTITY_TYPE_STREET_ADDRESS),
        [address],
      );
  });

  it("takes an address with a space on either side of its @", () => {
    assert.deepEqual(
      valuesOf("my details: 07448 902331, amina.k92 @ hotmail.co.uk", EntityType.ENTITY_TYPE_EMAIL),
      ["amina.k92 @ hotmail.co.uk"],
    );
  });
});

describe("a funeral home and a mobile bank", () => {
  it("takes court and bailiff file numbers of more forms", () => {
    const files = [
      "Aktenzeichen beim Nachlassgericht 761 VI 1402/25.",
      "Verlassenschaftsakt: 3 A 118/25k, Bezirksgericht Graz",
      "Geschäftszeichen: DR III 2291/25",
    ];
    assert.deepEqual(
      files.map((text) => valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER)),
      [["761 VI 1402/25"], ["3 A 118/25k"], ["DR III 2291/25"]],
    );
  });

  it("takes a membership number without the word number", () => {
    assert.deepEqual(
      valuesOf(
        "the breakdown cover (membership 318 552 904) was in his name",
        EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
      ),
      ["318 552 904"],
    );
  });
});

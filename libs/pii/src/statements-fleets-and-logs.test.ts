import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Bank statements, fleet lists, told addresses and pasted logs, as the blind sets v115 (a bank),
// v116 (a software firm's support), v117 (a care home) and v118 (a car dealer and lessor) wrote
// them, and court letters and dictated mails as v119 (a law firm) and v120 (a telecom) did. Every
// value here is made up; none is in the PII corpus.

const masked = (text: string) => detectEntities(text, {}).map((entity) => entity.value);

describe("bank statements", () => {
  it("takes an IBAN glued to a firm's name and to the amount after it", () => {
    const text =
      "Hausverwaltung Meyer & Söhne GmbHDE75440501990402496881  1.085,00monatl.\nBrandt, JonasDE38300501100245621475120,00mo";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_IBAN), [
      "DE75440501990402496881",
      "DE38300501100245621475",
    ]);
  });

  it("takes a payee before the payment's reference", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    const text =
      "24/02/2025  ONLINE TRANSFER TO D HARTLEY REF HELP      £200.00\n13 Mar 2025FPS M OSEI REF LOAN BACK";
    assert.deepEqual(valuesOf(text, person), ["D HARTLEY", "M OSEI"]);
    assert.deepEqual(valuesOf("please cancel the standing order to J Pemberton ref GYM PT, thanks", person), [
      "J Pemberton",
    ]);
  });

  it("takes a BIC typed in lower case after its keyword, not a word", () => {
    const bic = EntityType.ENTITY_TYPE_BIC;
    assert.deepEqual(valuesOf("ES91 2100 0418 4502 0005 1332 (BIC caixesbbxxx)", bic), ["caixesbbxxx"]);
    assert.deepEqual(valuesOf("BIC brauchst du nicht, oder?", bic), []);
  });

  it("takes a cardholder's name in capitals with a middle initial", () => {
    assert.deepEqual(
      valuesOf("exp 09/28\nname on card: MAUREEN T ASHCROFT\nbilling", EntityType.ENTITY_TYPE_PERSON),
      ["MAUREEN T ASHCROFT"],
    );
  });
});

describe("fleet lists", () => {
  it("takes each line's plate once one of the list's plates is found, however it is spaced", () => {
    const text = [
      "1) LB24 ZKC - Kofi Mensah, cost centre 4102",
      "2) LB24ZKE - Rajesh Pillai, cost centre 4103",
      "3) LB 24 ZKF - Gintaras Petrauskas, cost centre 4103",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "LB24 ZKC",
      "LB24ZKE",
      "LB 24 ZKF",
    ]);
    const german = "2. M KH 5390 (VW Passat Variant) – neu: Greta\n3. MKH7702 – Fahrerin bleibt";
    assert.deepEqual(valuesOf(german, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["M KH 5390", "MKH7702"]);
  });

  it("reads no plate in a sibling of other letters, a module or a flight", () => {
    const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;
    const table = "Kennzeichen   HH-KT 2207\nHaftpflicht   SF 3        412,18 €";
    assert.deepEqual(valuesOf(table, plate), ["HH-KT 2207"]);
    assert.deepEqual(valuesOf("für INF-B-120 und MAT-B-102 am Freitag", plate), []);
    assert.deepEqual(valuesOf("Flights: BA 75 LHR–LOS 21 Dec", plate), []);
  });

  it("takes plates with a second dash or an en dash after a vehicle word", () => {
    const plate = EntityType.ENTITY_TYPE_LICENSE_PLATE;
    assert.deepEqual(valuesOf("den Poolwagen S-LG-118, bis", plate), ["S-LG-118"]);
    assert.deepEqual(valuesOf("unseren Leasingwagen TS - KB 84. Gefahren", plate), ["TS - KB 84"]);
    assert.deepEqual(valuesOf("Fahrzeug OS–RD 919:", plate), ["OS–RD 919"]);
  });
});

describe("told addresses", () => {
  it("takes a street, its number in words and the town told after them", () => {
    const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
    for (const [text, value] of [
      [
        "I live in Ashgrove Road, number forty-two, in Bristol, and my",
        "Ashgrove Road, number forty-two, in Bristol",
      ],
      [
        "I live in Brook Street, number fifteen, in Broughty Ferry, Dundee, DD5 1DJ, and",
        "Brook Street, number fifteen, in Broughty Ferry, Dundee, DD5 1DJ",
      ],
      ["ich wohne im Tannenweg, Nummer drei, in Baunatal, das sind", "Tannenweg, Nummer drei, in Baunatal"],
      [
        "in der Kölnischen Straße, Hausnummer achtundfünfzig, dritter Stock, in Kassel, und",
        "Kölnischen Straße, Hausnummer achtundfünfzig, dritter Stock, in Kassel",
      ],
    ])
      assert.deepEqual(valuesOf(text!, address), [value], text);
  });
});

describe("pasted logs", () => {
  it("takes a person's distinguished name and SAML name attributes, not a service account's", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    const log = [
      "ERROR DirSync - Failed to provision CN=Tran Van Minh,OU=Engineering,OU=Users,DC=corp,DC=local",
      "WARN  DirSync - Skipped CN=svc-backup,OU=Service Accounts,DC=corp,DC=local",
    ].join("\n");
    assert.deepEqual(valuesOf(log, person), ["Tran Van Minh"]);
    const saml =
      '<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><saml:AttributeValue>Ortega Ruiz</saml:AttributeValue></saml:Attribute>';
    assert.deepEqual(valuesOf(saml, person), ["Ortega Ruiz"]);
  });

  it("takes a connection string's password", () => {
    assert.ok(
      masked("DB_URL=postgresql://reporting:Tq8nWb3-Lx2s!@db-01.intern.example.de:5432/r").includes(
        "Tq8nWb3-Lx2s!",
      ),
    );
  });
});

describe("court letters and dictated mails", () => {
  it("takes court file numbers with a sub-department or Austria's letter after a space", () => {
    for (const [text, value] of [
      ["verstorben am 2. Juli, GZ 4 A 318/24 m beim BG Linz", "4 A 318/24 m"],
      ["übernommen, Aktenzeichen dort 52-1 BS 2217/24, Sachbearbeiterin", "52-1 BS 2217/24"],
    ])
      assert.ok(masked(text!).includes(value!), text);
  });

  it("takes parties after their role as a label, a judge's name and initials in a sign-off", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    assert.deepEqual(valuesOf("Client ref: 70023385\nDebtor: RAVI K MEHTA\nAddress: 91", person), [
      "RAVI K MEHTA",
    ]);
    assert.deepEqual(valuesOf("Beklagte: Schäfer, Markus\n", person), ["Schäfer, Markus"]);
    assert.deepEqual(valuesOf("the order of District Judge Okafor dated", person), ["Okafor"]);
    assert.deepEqual(valuesOf("das ist alles\nmfg E Arslan\ntel", person), ["E Arslan"]);
    assert.deepEqual(valuesOf("das ist alles\nGruß HP Brückner, Haustechnik", person), ["HP Brückner"]);
  });

  it("takes an IBAN whose country is dictated apart, and a big town after a typed street", () => {
    assert.deepEqual(
      valuesOf("auf mein konto D E 12 2004 1133 95 74 56 44 64 das ist", EntityType.ENTITY_TYPE_IBAN),
      ["D E 12 2004 1133 95 74 56 44 64"],
    );
    const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;
    assert.deepEqual(valuesOf("die adresse ist neusser straße 388 köln nippes", address), [
      "neusser straße 388 köln",
    ]);
    assert.deepEqual(valuesOf("die adresse ist gumpendorfer straße 86 1060 wien punkt", address), [
      "gumpendorfer straße 86 1060 wien",
    ]);
    assert.deepEqual(valuesOf("Adresse: 14 Kingsway, Newcastle upon Tyne NE1 3DX\n", address), [
      "14 Kingsway, Newcastle upon Tyne NE1 3DX",
    ]);
  });
});

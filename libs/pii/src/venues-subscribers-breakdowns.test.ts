import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v59 (an event venue), v60 (newspaper subscriptions) and v61 (roadside
// assistance) showed. Every value here is made up; none is in the PII corpus.

const PERSON = EntityType.ENTITY_TYPE_PERSON;
const ADDRESS = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("families and their occasions", () => {
  it("takes couples' family names joined by a slash or a dash, and the family before an occasion", () => {
    assert.deepEqual(valuesOf("zur Hochzeit Demir/Hartmann am Samstag", PERSON), ["Demir", "Hartmann"]);
    assert.deepEqual(valuesOf("for the Lindgren/Achebe wedding, 80 guests", PERSON), ["Lindgren", "Achebe"]);
    assert.deepEqual(valuesOf("I am planning the Mehta–Rao wedding weekend", PERSON), ["Mehta", "Rao"]);
    assert.deepEqual(valuesOf("I was a guest at the Kowalski wedding on Saturday", PERSON), ["Kowalski"]);
  });

  it("keeps a list's dash and a signature's slash between a name and a role apart", () => {
    assert.deepEqual(valuesOf("The family rooms:\n- Kofi Mensah – Deluxe King", PERSON), ["Kofi Mensah"]);
    assert.deepEqual(valuesOf("Cheers,\nKwame Boateng\nHausmeister / Caretaker", PERSON), ["Kwame Boateng"]);
  });

  it("takes a family member whose given name no list knows, beside the others of the family", () => {
    const rooms =
      "Room 14 (double) – Emeka Okoro & Ngozi Okoro\nRoom 15 (family) – Tobechi Okoro, Adaeze Okoro";
    assert.deepEqual(valuesOf(rooms, PERSON), [
      "Emeka Okoro",
      "Ngozi Okoro",
      "Tobechi Okoro",
      "Adaeze Okoro",
    ]);
    assert.deepEqual(valuesOf("Sophie Kaya, Hörwelt Kaya, 0521 966 31 72", PERSON), ["Sophie Kaya"]);
  });

  it("takes a middle initial without its dot, an Irish particle, a name in capitals after a sign-off", () => {
    assert.deepEqual(valuesOf("Card ending 4410, Thomas R Whitfield", PERSON), ["Thomas R Whitfield"]);
    assert.deepEqual(valuesOf("Síle Ní Bhriain wrote to us", PERSON), ["Síle Ní Bhriain"]);
    assert.deepEqual(valuesOf("SHE TYPED THIS FOR ME.\n\nYOURS FAITHFULLY\nM. TREVELYAN", PERSON), [
      "M. TREVELYAN",
    ]);
    assert.deepEqual(valuesOf("Mit freundlichen Grüßen\nIT-SUPPORT", PERSON), []);
  });
});

describe("addresses, numbers and what is no person", () => {
  it("takes a line naming the house or estate above the street", () => {
    for (const address of [
      "Room 9, Larchwood House\n14 Bramhall Lane\nStockport SK2 6JA",
      "Podere La Quercia\nVia delle Vigne 12\n53024 Montalcino (SI)",
      "Kingfisher Rise, 7 Mill Lane\nExeter EX3 0HP",
      "Flat 3/1, 41 Kelvin Drive\nGlasgow G20 8QG",
    ])
      assert.deepEqual(valuesOf(`Please deliver to:\n\n${address}\n\nThanks`, ADDRESS), [address]);
  });

  it("takes a phone after a code in a list, a reservation number, a keypad code, a compound's label", () => {
    assert.deepEqual(valuesOf("Ausweis LZ4471K28 – 0151 2284 9930", EntityType.ENTITY_TYPE_PHONE), [
      "0151 2284 9930",
    ]);
    assert.deepEqual(valuesOf("Zi. 101 – Res.-Nr. 77412", EntityType.ENTITY_TYPE_ORDER_NUMBER), ["77412"]);
    assert.deepEqual(valuesOf("Lieferanteneingang, Türcode 3 8 5 2 #", EntityType.ENTITY_TYPE_SECRET), [
      "3 8 5 2 #",
    ]);
    assert.deepEqual(
      valuesOf("Schutzbrief-Polizze: SB-DE-0417 2290", EntityType.ENTITY_TYPE_CONTRACT_NUMBER),
      ["SB-DE-0417 2290"],
    );
  });

  it("leaves car models, engine fault codes and offices alone", () => {
    const car = "Their car: BMW X5 xDrive30d, plate HB-KL 2241; our VW T6 Multivan; a Seat Leon ST.";
    assert.deepEqual(valuesOf(car, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["HB-KL 2241"]);
    assert.deepEqual(valuesOf(car, PERSON), []);
    assert.deepEqual(valuesOf("engine overheated, code P0128 stored", EntityType.ENTITY_TYPE_SECRET), []);
    assert.deepEqual(valuesOf("Hallo Lokalredaktion,\nliebe Mama, das Jugendzentrum", PERSON), []);
  });
});

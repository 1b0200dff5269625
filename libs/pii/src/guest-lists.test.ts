import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// Guest, rooming and seating lists as the blind set v79 wrote them, read again after the
// v83-v86 work. Every value here is made up; none is in the PII corpus.

const names = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("guest lists", () => {
  it("reads an export's plain name column when no column names a product", () => {
    const text = [
      "name,age group,meal,notes",
      '"Lindqvist, Tove",child,GF,the birthday girl!',
      '"Harcourt, Imogen",adult,vegan,',
    ].join("\n");
    assert.deepEqual(names(text), ["Lindqvist, Tove", "Harcourt, Imogen"]);
  });

  it("leaves a shop's export of products and prices", () => {
    assert.deepEqual(names("name,price,qty\nBlue Mug,12.50,2\nRed Mug,11.00,1"), []);
  });

  it("takes children's names with their ages after them", () => {
    assert.deepEqual(names("the Boateng family (2 adults, 2 kids: Kwame 9, Ama 5)"), [
      "Boateng",
      "Kwame",
      "Ama",
    ]);
  });

  it("takes the family name first after an item's number, a seat or a column's gap", () => {
    assert.deepEqual(names("01 Wachowiak, Irene – 12.04.1952\n02 Friis, Mette – 03.03.1971"), [
      "Wachowiak, Irene",
      "Friis, Mette",
    ]);
    assert.deepEqual(names("3C Okonkwo, Bernadette\ntwin      Brenner, Nina"), [
      "Okonkwo, Bernadette",
      "Brenner, Nina",
    ]);
  });

  it("takes 'Surname, Given' as a column's cell, the next column two spaces on", () => {
    const text =
      "Whg.      Eigentümer/Mieter  Personen\nEG li     Harmsen, Jan      2\n1. OG li  Lindqvist, Maja    1";
    assert.deepEqual(names(text), ["Harmsen, Jan", "Lindqvist, Maja"]);
  });

  it("takes the name on the line above a birth date", () => {
    assert.deepEqual(
      names(
        "Ich fliege am 3. Juni nach Wien, die Daten:\nGundolf-Ewald Trautwetter\ngeb. 21.08.1956\nund meine Frau.",
      ),
      ["Gundolf-Ewald Trautwetter"],
    );
    assert.deepEqual(names("Mit freundlichen Grüßen\ngeb. 21.08.1956"), []);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What parish offices and register offices are sent: extracts of church books and old registers,
// family researchers' tables, letters about relatives long dead. Every value here is made up; none
// is in the PII corpus.

const births = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH);
const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("birth dates in church books and family research", () => {
  it("takes a birth date of the nineteenth century", () => {
    assert.deepEqual(births("Name: Brzeziński, Franz\ngeb.: 16.11.1897 in Bottrop"), ["16.11.1897"]);
    assert.deepEqual(births("Sohn Wilhelm (geb. 12.08.1871) und Tochter Elsa"), ["12.08.1871"]);
  });

  it("takes a month written in Roman numerals", () => {
    assert.deepEqual(births("Täufling: Anna Wehrle, geb. 4.II.1842, get. 5.II."), ["4.II.1842"]);
    assert.deepEqual(births("Jan Wiśniewski, ur. 12.IV.1985 w Opolu"), ["12.IV.1985"]);
  });

  it('reads "b." before a date as born', () => {
    assert.deepEqual(births("Patrick Joseph Halloran, b. 21 March 1893, Swinford district"), [
      "21 March 1893",
    ]);
    assert.deepEqual(births("Vol. 3, Abs. b. 19 ist gemeint"), []);
  });

  it("takes a date before 'geboren' with a word and a place between", () => {
    assert.deepEqual(births("Sie ist am 25. Oktober 1932 ebenfalls in Bautzen geboren."), [
      "25. Oktober 1932",
    ]);
  });
});

describe("names in church books", () => {
  it("takes a birth name after 'geborenen' and a married name after 'verh.'", () => {
    assert.ok(persons("verheiratet mit Anna geborenen Stoltenkamp, zu Kiel").includes("Stoltenkamp"));
    assert.ok(persons("Ursula Meinhardt (verh. Tjarksen), die beide").includes("Tjarksen"));
  });

  it("takes a given name written short with a dot before the family name", () => {
    assert.ok(persons("Trauzeugen: Johann Szczepański, Wilh. Terhaar").includes("Wilh. Terhaar"));
    assert.ok(
      persons("Vater: Joh. Bernhard Schulte-Wenning, Colon").includes("Joh. Bernhard Schulte-Wenning"),
    );
    // "Kath." is Catholic, not Katharina.
    assert.ok(
      !persons("Spende an die Kath. Pfarrgemeinde St. Marien").some((name) => name.includes("Pfarr")),
    );
  });

  it("takes old spellings of given names", () => {
    assert.ok(
      persons("Eltern: Stanislaus Brzeziński u. Marianna").some((name) => name.startsWith("Stanislaus")),
    );
  });

  it("reads a blessing as a sign-off", () => {
    assert.deepEqual(persons("Thank you.\n\nWith thanks and God bless,\nTolulope Adewale-Brown\n"), [
      "Tolulope Adewale-Brown",
    ]);
  });
});

// A bell foundry's letters to and from parishes (v517): parishes and their offices named after towns.
describe("parishes and their offices as senders and payers", () => {
  it("takes no name in a parish's account or an office's department", () => {
    const text =
      "Kontoinhaber: Kirchengemeinde St. Ulrich Goch\n\nGroet,\nHenk Bosma\nCrediteurenadministratie\n\n> Van: Crediteurenadministratie <crediteuren@voorbeeld.nl>";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Henk Bosma"]);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an agency placing music teachers in families' homes gets (v425, v727): teachers' invoices
// listing the family and the child in brackets, names typed in haste, teachers' own websites. Every
// value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("a family and its child in brackets, a line each", () => {
  it("takes both, the given name typed in lower case", () => {
    const invoice =
      "oct 2024:\n- Ferrante (matteo) alto sax 4x45 .... 136.00\n- Kearney (ellie) clarinet 3x45 .... 102.00";
    assert.deepEqual(valuesOf(invoice, person), ["Ferrante", "matteo", "Kearney", "ellie"]);
  });

  it("leaves a chat's firm before its agent alone", () => {
    const chat = "Skylink (Chloe): Sorry to hear that\nHamza: ok\nSkylink (Chloe): Done.";
    assert.deepEqual(valuesOf(chat, person).includes("Skylink"), false);
  });
});

describe("a double-barrelled family name", () => {
  it("is known when both its parts are", () => {
    assert.deepEqual(valuesOf("00:40 anruf von fr. wagner-lutz, kann ab 10", person), ["wagner-lutz"]);
  });
});

describe("given names the lexicon learned from the set", () => {
  it("knows Laurin and Tomi", () => {
    assert.deepEqual(valuesOf("aus der Vorauszahlung für Laurin und Seraina", person), ["Laurin", "Seraina"]);
    assert.deepEqual(valuesOf("sat 2 - Tomi again 45 (catch-up for 18th)", person), ["Tomi"]);
  });
});

describe("a teacher's own website", () => {
  const url = EntityType.ENTITY_TYPE_URL;

  it("takes a site named after a person the mail names", () => {
    const signature = "Cheers,\nTom Ashcroft\n+44 7700 900 418\nhttps://www.tomashcroftpiano.co.uk";
    assert.deepEqual(valuesOf(signature, url), ["https://www.tomashcroftpiano.co.uk"]);
    const profile = "Viele Grüße\nJana Wolters\nMein Profil: https://geige-jana-wolters.de";
    assert.deepEqual(valuesOf(profile, url), ["https://geige-jana-wolters.de"]);
  });

  it("leaves a school's site alone, and a site whose name the mail gives no person", () => {
    const text =
      "Grüße\nJana Wolters\nhttps://www.musikschule-nordstadt.de\nhttps://www.tomashcroftpiano.co.uk";
    assert.deepEqual(valuesOf(text, url), []);
  });
});

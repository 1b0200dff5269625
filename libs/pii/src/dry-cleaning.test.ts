import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a tailor and dry cleaner gets (v250, v506): messenger chats forwarded with the contacts'
// saved names, pick-up slips retyped, drivers' rounds. Every value here is made up; none is in the
// PII corpus.

describe("a chat's contacts and a pick-up slip", () => {
  it("takes a family name after a salutation before a trade, not before a legal form", () => {
    const person = EntityType.ENTITY_TYPE_PERSON;
    const chat = "[04.05.24, 09:12:40] Frau Lindemann Reinigung: Hallo, heute ab 10?";
    assert.deepEqual(valuesOf(chat, person), ["Lindemann"]);
    assert.deepEqual(valuesOf("Accounts, Kerry Bay Kayaks Ltd\n+353 66 712 4410", person), []);
  });

  it("takes a pick-up slip's number after 'Abholschein'", () => {
    assert.deepEqual(
      valuesOf("ist meine hose fertig? abholschein 8813 ,kürzen", EntityType.ENTITY_TYPE_ORDER_NUMBER),
      ["8813"],
    );
  });
});

describe("pick-up slips, loss reports and rounds (v506)", () => {
  it("takes a slip's number with its branch's letters, and a loss report's number", () => {
    const slip = "wir haben uns geeinigt, Abholschein K-BO 40217. Bei der Abholung";
    assert.deepEqual(valuesOf(slip, EntityType.ENTITY_TYPE_ORDER_NUMBER), ["K-BO 40217"]);
    const loss = "Sie haben eine Verlustmeldung geschrieben, Nummer VM-KO-0733, und gesagt";
    assert.deepEqual(valuesOf(loss, EntityType.ENTITY_TYPE_CLAIM_NUMBER), ["VM-KO-0733"]);
  });

  it("takes a family name and a given name after a list's number", () => {
    const round = "Rückmeldung Tour:\n4) Brückner, Wiebke, Lindenallee 12, 20259 Hamburg";
    assert.deepEqual(valuesOf(round, EntityType.ENTITY_TYPE_PERSON), ["Brückner, Wiebke"]);
  });

  it("takes no question's verb after 'Passwort' as one", () => {
    const text = "Können Sie mir ein neues Passwort schicken? Nächste Abholung wäre Donnerstag.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), []);
  });

  it("takes no dispatcher's desk or red wine as a name", () => {
    const text =
      "Bei Problemen: 0171 4480223 (Marion, Dispo)\nTobias hat auf der Hochzeit Rotwein auf seinen Anzug bekommen.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Marion", "Tobias"]);
  });
});

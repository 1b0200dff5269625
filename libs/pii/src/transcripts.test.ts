import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v41 (a transport company), v42 (a hotel group) and v43 (chat and
// voicemail transcripts) showed. Every value here is made up; none is in the PII corpus.

const person = EntityType.ENTITY_TYPE_PERSON;

describe("numbers and addresses read out", () => {
  it("takes a phone number, an IBAN and a code spoken digit by digit, but no count", () => {
    const voicemail = "meine nummer ist null fünf zwei eins acht sieben sieben drei null vier eins danke";
    assert.deepEqual(valuesOf(voicemail, EntityType.ENTITY_TYPE_PHONE), [
      "null fünf zwei eins acht sieben sieben drei null vier eins",
    ]);
    assert.deepEqual(
      valuesOf("call me on oh seven seven double oh nine hundred five oh two", EntityType.ENTITY_TYPE_PHONE),
      ["oh seven seven double oh nine hundred five oh two"],
    );
    const iban =
      "IBAN D E acht vier vier null acht acht sechs sieben zwei zwei null acht null acht eins sieben acht";
    assert.deepEqual(valuesOf(iban, EntityType.ENTITY_TYPE_IBAN), [iban.slice(5)]);
    assert.deepEqual(
      valuesOf(
        "order K H dash U K seven seven eight two zero one four",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["K H dash U K seven seven eight two zero one four"],
    );
    assert.deepEqual(
      valuesOf("we have two or three kids and one dog, four cats", EntityType.ENTITY_TYPE_PHONE),
      [],
    );
  });

  it("takes a birth date read out in words after its keyword, and no other date in words", () => {
    const birth = EntityType.ENTITY_TYPE_DATE_OF_BIRTH;
    assert.deepEqual(valuesOf("mein Geburtsdatum ist der elfte Juni neunzehnhundertvierundfünfzig.", birth), [
      "elfte Juni neunzehnhundertvierundfünfzig",
    ]);
    assert.deepEqual(valuesOf("born on the twenty third of July nineteen seventy-nine", birth), [
      "twenty third of July nineteen seventy-nine",
    ]);
    assert.deepEqual(valuesOf("am dritten März neunzehnhundertachtzig war Mondfinsternis", birth), []);
  });

  it("takes a spoken address with a space in its local part, without the sentence before it", () => {
    assert.deepEqual(
      valuesOf("my email is siobhan dot o brien at gmail dot com thanks", EntityType.ENTITY_TYPE_EMAIL),
      ["siobhan dot o brien at gmail dot com"],
    );
    assert.deepEqual(valuesOf("email is anna at gmx dot de ok", EntityType.ENTITY_TYPE_EMAIL), [
      "anna at gmx dot de",
    ]);
  });
});

describe("chat transcripts and offices", () => {
  it("takes a speaker after the line's time, not a role or a firm named by the mail's domain", () => {
    const chat =
      "Transcript from https://chat.korvo.example\n08:15 Hollie: Morning!\n08:16 Visitor: hi\n[09.04., 09:35] Kasia: ???\n[14:11] Agent Lisa: Hallo\n08:17 Korvo: bye";
    assert.deepEqual(valuesOf(chat, person), ["Hollie", "Kasia", "Lisa"]);
  });

  it("leaves offices, a firm's accounting team and fleet numbers alone", () => {
    assert.deepEqual(
      valuesOf("Von: Stadt Lindenau – Bußgeldstelle <bussgeldstelle@lindenau.de>", person),
      [],
    );
    const reply =
      "Dear Aurelia accounting team,\n\nplease see below.\n> From: Aurelia Accounting <accounting@aurelia-hotels.example>";
    assert.deepEqual(valuesOf(reply, person), []);
    assert.deepEqual(
      valuesOf(
        "im Bus der Linie 12 (Fahrzeugnummer 4411, Richtung Nord)",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      [],
    );
  });
});

describe("names corrected as they are said (v156)", () => {
  it("takes the corrected spelling after 'nein', 'nee' or 'no sorry' beside a name found", () => {
    assert.ok(
      valuesOf("die trauzeugin heißt grażyna ähm nowicz nein nowicka mit a hinten", person).includes(
        "nowicka",
      ),
    );
    assert.ok(
      valuesOf("es spricht dirk bräuning äh nein breuning mit e u wir haben", person).includes("breuning"),
    );
  });

  it("takes no word that is spelled unlike the name, nor one past a sentence's end", () => {
    assert.deepEqual(
      valuesOf("es spricht dirk bräuning nein danke so nicht", person).filter((name) =>
        name.includes("danke"),
      ),
      [],
    );
    assert.deepEqual(valuesOf("grüße an frau hartwig. nein hartes brot gibt es nicht", person), ["hartwig"]);
  });
});

describe("a couple signing together", () => {
  it("takes both names after a sign-off, but no firm's partners", () => {
    assert.deepEqual(valuesOf("Danke!\n\nViele Grüße\nMax & Eleni", person), ["Max", "Eleni"]);
    assert.deepEqual(valuesOf("Danke!\n\nCheers\nBex and Ollie", person), ["Bex", "Ollie"]);
    assert.ok(!valuesOf("Mit freundlichen Grüßen\nSanitätshaus Brinkmann & Söhne", person).includes("Söhne"));
  });
});

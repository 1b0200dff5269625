import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";
import { spokenView } from "./spoken-view.js";

// The forms the blind sets v66 and v129 (mails dictated with speech-to-text) showed. Every value
// here is made up; none is in the PII corpus.

describe("a dictated mail written down", () => {
  it("writes digits, spelled letters, spoken punctuation and addresses, and maps back", () => {
    const said =
      "hallo komma meine nummer ist null eins sieben sechs zwei zwei acht eins vier vier drei komma mail an tina punkt berg at web punkt de punkt neue zeile D E zweiundzwanzig";
    const view = spokenView(said)!;
    assert.equal(view.text, "hallo, meine nummer ist 0176 2281 443, mail an tina.berg@web.de.\nDE 22");
    const at = view.text.indexOf("tina");
    const back = view.original(at, at + "tina.berg@web.de".length);
    assert.equal(said.slice(back.start, back.end), "tina punkt berg at web punkt de");
  });

  it("keeps a house number apart from the postcode said after it, and a code's digits together", () => {
    const said =
      "hallo komma ich wohne an der hauptwache fünf null vier eins neun null leipzig punkt meine pin ist acht vier zwei neun eins sieben und die kundennummer double 8 4 1 0 3 9 punkt";
    assert.equal(
      spokenView(said)!.text,
      "hallo, ich wohne an der hauptwache 5 04190 leipzig. meine pin ist 842917 und die kundennummer 8841039.",
    );
    const uk = spokenView(
      "address is twenty seven briar close stockport S K four two N J full stop registration L D seven two K P F",
    )!;
    assert.equal(uk.text, "address is 27 briar close stockport SK4 2NJ. registration LD 72 KPF");
  });

  it("reads two letters as a country's code only after 'IBAN' or in capitals", () => {
    const said = "hello comma the uk one is oh seven four oh oh one two three nine eight seven comma thanks";
    assert.equal(spokenView(said)!.text, "hello, the uk one is 0740 0123 987, thanks");
  });

  it("takes the word a spelling spells, said just before it, and a doctor's name in lower case", () => {
    const said =
      "hi my name is lucia herrera that's herrera H E double R E R A full stop i see doktor aydin normally full stop";
    const names = valuesOf(said, EntityType.ENTITY_TYPE_PERSON);
    assert.ok(names.includes("H E double R E R A"), names.join(" | "));
    assert.ok(names.filter((name) => name.startsWith("herrera")).length === 1, names.join(" | "));
    assert.ok(
      names.some((name) => name.startsWith("aydin")),
      names.join(" | "),
    );
  });

  it("leaves a mail that is not dictated alone", () => {
    assert.equal(spokenView("Hallo, meine Nummer ist 0176 2281443. Viele Grüße"), undefined);
  });

  it("finds the values said in words", () => {
    const said = [
      "hallo komma mein name ist lena vogt V O G T punkt",
      "meine nummer ist null eins fünf eins zwei drei vier vier fünf sechs sieben acht punkt",
      "mail an lena punkt vogt at gmx punkt de punkt",
      "ich wohne in der Wilhelmstraße sieben komma sieben null eins acht zwei Stuttgart punkt",
      "geboren am zwölfter elfter neunzehnhundertsiebenundsechzig punkt",
      "IBAN D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null punkt",
    ].join(" neue zeile ");
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PHONE), [
      "null eins fünf eins zwei drei vier vier fünf sechs sieben acht",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_EMAIL), ["lena punkt vogt at gmx punkt de"]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Wilhelmstraße sieben komma sieben null eins acht zwei Stuttgart",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "zwölfter elfter neunzehnhundertsiebenundsechzig",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_IBAN), [
      "D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null",
    ]);
    // The spelled name joins the name said before it.
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PERSON), ["lena vogt V O G T"]);
  });

  it("reads English dictation: spelled postcodes, 'double', ordinals and years", () => {
    const said =
      "hi comma my address is 14 cedar close comma reading R G 1 4 P Q full stop call me on oh seven nine double one four five six three two seven full stop i was born on the twelfth of february nineteen ninety one full stop";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "14 cedar close comma reading R G 1 4 P Q",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PHONE), [
      "oh seven nine double one four five six three two seven",
    ]);
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_DATE_OF_BIRTH), [
      "twelfth of february nineteen ninety one",
    ]);
  });

  it("reads addresses from voicemail transcripts: house numbers in words, flats, units, spelled codes", () => {
    const said = [
      "hi this is about the boiler at seven larkspur crescent, derby, D E twenty two one W N and the old place was flat six, forty one beacon street, hull, H U three two L P",
      "please collect from unit nine millstone quay industrial estate bolton B L one four R T any time after two",
      "my name is ingrid falk F A L K i own flat 5 fernhill court queens road and it's leaking",
      "call me back on oh one nine two four",
    ].join(" ");
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "seven larkspur crescent, derby, D E twenty two one W N",
      "flat six, forty one beacon street, hull, H U three two L P",
      "unit nine millstone quay industrial estate bolton B L one four R T",
      "flat 5 fernhill court queens road",
    ]);
    // The pronoun after a spelling is no letter of it.
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_PERSON), ["ingrid falk F A L K"]);
  });

  it("reads a German street in lower case after its town's adjective, and a street named after a person", () => {
    const said =
      "ja hallo komma hier ist die frau lorenz aus der schönhauser allee hundertzwölf in berlin komma ich wohne ansonsten ja auch walter gropius straße neun null acht eins fünf vier leipzig";
    assert.deepEqual(valuesOf(said, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "schönhauser allee hundertzwölf in berlin",
      "walter gropius straße neun null acht eins fünf vier leipzig",
    ]);
  });

  it("takes a phone dictated digit by digit whole (v129)", () => {
    assert.deepEqual(
      valuesOf(
        "please call me after 5 on 07 9 3 1 4 4 2 0 6 8 i work in the day",
        EntityType.ENTITY_TYPE_PHONE,
      ),
      ["07 9 3 1 4 4 2 0 6 8"],
    );
  });
});

describe("a phone said in parts", () => {
  const phone = EntityType.ENTITY_TYPE_PHONE;

  it("is one number across 'und dann', 'then' and pauses", () => {
    const german = "Die Nummer ist null sechs zwei eins neun und dann vier vier drei, null acht. Oder abends";
    assert.deepEqual(valuesOf(german, phone), [
      "null sechs zwei eins neun und dann vier vier drei, null acht",
    ]);
    const english = "it is the house phone, zero four one, then six six two, then eight one three five. If I";
    assert.deepEqual(valuesOf(english, phone), [
      "zero four one, then six six two, then eight one three five",
    ]);
  });

  it("keeps counts said after a number that opens with no 0 apart", () => {
    const said = "we need two two seater sofas, then three chairs, then one table";
    assert.deepEqual(valuesOf(said, phone), []);
  });
});

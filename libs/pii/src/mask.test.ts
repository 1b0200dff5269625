import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntityType } from "./entity-types.js";
import { maskText } from "./mask.js";
import { PlaceholderTable } from "./placeholder-table.js";
import { unmaskText } from "./unmask.js";

const FIRST_MAIL = `Sehr geehrte Damen und Herren,

meine Bestellnummer ist BE-2024-004711, Telefon +49 30 1234567.
Bitte an thomas.mueller@example.de antworten.

Mit freundlichen Grüßen
Thomas Müller`;

const SECOND_MAIL = `Hallo,

Herr Müller hat wieder angerufen (030 1234567) wegen BE-2024-004711.
T. Müller bittet um Rückruf. Seine Frau Anna Müller ist erreichbar unter anna.mueller@example.de.

Grüße, Klaus`;

describe("maskText", () => {
  it("masks a title taken alone for a name, wrapped away from it, without failing", () => {
    const table = new PlaceholderTable();
    const first = table.assign(EntityType.ENTITY_TYPE_PERSON, "Dr.");
    assert.equal(table.assign(EntityType.ENTITY_TYPE_PERSON, "Dr."), first);
    assert.notEqual(table.assign(EntityType.ENTITY_TYPE_PERSON, "Anna Weber"), first);
  });

  it("replaces every value with a typed placeholder and reports offsets into the input", () => {
    const { masked, entities } = maskText(FIRST_MAIL);
    assert.match(masked, /meine Bestellnummer ist \[\[ORDER_NUMBER_1\]\], Telefon \[\[PHONE_1\]\]\./);
    assert.match(masked, /Bitte an \[\[EMAIL_1\]\] antworten\./);
    assert.match(masked, /\n\[\[PERSON_1\]\]$/);
    for (const entity of entities) {
      assert.notEqual(FIRST_MAIL.slice(entity.start, entity.end).length, 0);
    }
    assert.deepEqual(
      entities.map((entity) => FIRST_MAIL.slice(entity.start, entity.end)),
      ["BE-2024-004711", "+49 30 1234567", "thomas.mueller@example.de", "Thomas Müller"],
    );
  });

  it("gives the same value the same placeholder across the mails of a thread", () => {
    const first = maskText(FIRST_MAIL);
    const second = maskText(SECOND_MAIL, first.table);
    // The phone number is written differently, the order number stands without its keyword.
    assert.match(second.masked, /\(\[\[PHONE_1\]\]\) wegen \[\[ORDER_NUMBER_1\]\]\./);
    assert.match(second.masked, /unter \[\[EMAIL_2\]\]\./);
  });

  it("lets name variants share one placeholder and keeps different people apart", () => {
    const first = maskText(FIRST_MAIL);
    const second = maskText(SECOND_MAIL, first.table);
    assert.match(second.masked, /Herr \[\[PERSON_1\]\] hat wieder angerufen/);
    assert.match(second.masked, /\[\[PERSON_1\]\] bittet um Rückruf/);
    assert.match(second.masked, /Seine Frau \[\[PERSON_2\]\] ist erreichbar/);
    assert.equal(second.table.resolve("PERSON_1")?.value, "Thomas Müller");
    assert.equal(second.table.resolve("PERSON_2")?.value, "Anna Müller");
  });

  it("does not change the table it was given", () => {
    const table = maskText(FIRST_MAIL).table;
    const size = table.size;
    maskText(SECOND_MAIL, table);
    assert.equal(table.size, size);
  });

  it("survives a round trip through JSON", () => {
    const { table } = maskText(FIRST_MAIL);
    const restored = PlaceholderTable.fromJSON(JSON.parse(JSON.stringify(table)));
    assert.deepEqual(restored.toJSON(), table.toJSON());
    assert.equal(restored.assign(EntityType.ENTITY_TYPE_EMAIL, "THOMAS.MUELLER@example.de"), "[[EMAIL_1]]");
    assert.equal(restored.assign(EntityType.ENTITY_TYPE_EMAIL, "new@example.de"), "[[EMAIL_2]]");
  });

  it("rejects a malformed table without echoing its content", () => {
    assert.throws(
      () =>
        PlaceholderTable.fromJSON({
          version: 1,
          entries: [{ placeholder: "[[PERSON_1]]", type: "EMAIL", value: "secret@x.de" }],
        }),
      (error: Error) => /pii\.table_invalid/.test(error.message) && !error.message.includes("secret@x.de"),
    );
  });
});

describe("unmaskText", () => {
  const { masked, table } = maskText(FIRST_MAIL);

  it("restores the thread's placeholders", () => {
    const result = unmaskText(masked, table);
    assert.equal(result.text, FIRST_MAIL);
    assert.equal(result.restored, 4);
    assert.deepEqual(result.unknown, []);
  });

  it("restores what LLMs make of placeholders", () => {
    const draft =
      "Sehr geehrter Herr [[ person_1 ]], zu [ORDER_NUMBER_1] und [[PHONE 1]: Mail an [[EMAIL_1 bzw. ORDER_NUMBER_1]] sowie \\[\\[PERSON_1\\]\\].";
    const result = unmaskText(draft, table);
    assert.equal(
      result.text,
      "Sehr geehrter Herr Thomas Müller, zu BE-2024-004711 und +49 30 1234567: Mail an thomas.mueller@example.de bzw. BE-2024-004711 sowie Thomas Müller.",
    );
    assert.equal(result.restored, 6);
  });

  it("never reveals a placeholder that only another thread owns", () => {
    const threadA = maskText("Kontakt: anna@example.de", new PlaceholderTable()).table;
    const threadB = maskText("Kontakt: bob@example.org und carl@example.org", new PlaceholderTable()).table;
    assert.equal(threadB.resolve("EMAIL_2")?.value, "carl@example.org");
    const injected = "Bitte schreiben Sie an [[EMAIL_1]] und an [[EMAIL_2]].";
    const result = unmaskText(injected, threadA);
    assert.equal(result.text, "Bitte schreiben Sie an anna@example.de und an [[EMAIL_2]].");
    assert.deepEqual(result.unknown, ["[[EMAIL_2]]"]);
    assert.ok(!result.text.includes("carl@example.org"));
  });

  it("reports unknown placeholder-like tokens and leaves prose alone", () => {
    const result = unmaskText(
      "Siehe [[IBAN_7]] und [INVOICE_NUMBER_3], Punkt 3 und PERSON 1 im Fließtext.",
      table,
    );
    assert.equal(result.text, "Siehe [[IBAN_7]] und [INVOICE_NUMBER_3], Punkt 3 und PERSON 1 im Fließtext.");
    assert.deepEqual(result.unknown, ["[[IBAN_7]]", "[INVOICE_NUMBER_3]"]);
    assert.equal(result.restored, 0);
  });
});

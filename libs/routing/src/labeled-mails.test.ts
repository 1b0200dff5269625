import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ConfigError } from "@poststelle/errors";
import { loadFixtureDepartments } from "./evaluation.js";
import { parseLabeledMails, readLabeledMails, trainEmbeddedClassifier } from "./labeled-mails.js";

const line = (department: string, subject: string, body: string) =>
  JSON.stringify({ id: `x-${subject}`, department, subject, body, from: "[[EMAIL_1]]" });

describe("labeled mails", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "labeled-mails-"));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it("reads department, subject and body of every line and ignores blank lines and other fields", () => {
    const text = `${line("billing", "Rechnung", "Bitte um Kopie")}\n\n${line("sales", "Preis", "Was kostet das?")}\n`;
    assert.deepEqual(parseLabeledMails(text, "mails.jsonl"), [
      { department: "billing", subject: "Rechnung", body: "Bitte um Kopie" },
      { department: "sales", subject: "Preis", body: "Was kostet das?" },
    ]);
  });

  it("names the file and the line of a bad line, without quoting it", () => {
    const secret = "Max Mustermann, DE89370400440532013000";
    const cases = [
      [`${line("billing", "a", "b")}\n{"department":"billing", ${secret}`, "line 2: not valid JSON"],
      [
        `${line("billing", "a", "b")}\n\n${JSON.stringify({ department: "billing", body: secret })}`,
        "line 3",
      ],
      [JSON.stringify([secret]), "line 1"],
      ["null", "line 1"],
    ] as const;
    for (const [text, where] of cases) {
      assert.throws(
        () => parseLabeledMails(text, "/data/mails.jsonl"),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.file === "/data/mails.jsonl" &&
          error.message.includes(where) &&
          !error.message.includes("Mustermann") &&
          !error.message.includes("DE8937"),
      );
    }
  });

  it("a missing file is a config error naming it", async () => {
    const missing = join(dir, "missing.jsonl");
    await assert.rejects(
      readLabeledMails([missing]),
      (error: unknown) => error instanceof ConfigError && error.message.includes(`${missing}: `),
    );
  });

  it("the classifier learns what the labeled mails teach; unknown departments are skipped", async () => {
    const departments = loadFixtureDepartments();
    const file = join(dir, "zorblax.jsonl");
    // A made-up product word that nothing in the departments mentions.
    const teaching = [
      line("sales", "Zorblax", "Gibt es den Zorblax bald wieder?"),
      line("sales", "Zorblax Frage", "Hat der Zorblax einen Zorblax-Adapter?"),
      line("sales", "zorblax", "Zorblax zorblax zorblax"),
      line("no-such-department", "Zorblax", "Zorblax"),
    ];
    await writeFile(file, `${teaching.join("\n")}\n`);
    const spec = { departments, triage: { department: "triage" } };
    const text = "Zorblax Zorblax?";
    const untaught = await trainEmbeddedClassifier({ ...spec, embeddedClassifier: { labeledMails: [] } });
    const taught = await trainEmbeddedClassifier({ ...spec, embeddedClassifier: { labeledMails: [file] } });
    assert.notEqual(untaught.classify(text).department, "sales");
    assert.equal(taught.classify(text).department, "sales");
    assert.equal(taught.skippedExamples, 1);
    assert.equal(untaught.skippedExamples, 0);
  });
});

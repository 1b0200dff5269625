import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { AutomaticKind } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import type { Expectation } from "./corpus-expectation.js";
import { STRUCTURE_CORPUS } from "./corpus-structure.js";
import { TEXT_CORPUS } from "./corpus-text.js";
import { type AttachmentInfo, parseMail } from "./index.js";

const FIXTURES = new URL("../../../test/fixtures/mail/", import.meta.url);
const NONE = AutomaticKind.AUTOMATIC_KIND_NONE;

const CORPUS: Expectation[] = [...TEXT_CORPUS, ...STRUCTURE_CORPUS].sort((a, b) =>
  a.file.localeCompare(b.file),
);

function includesAll(actual: string, excerpts: readonly string[], what: string): void {
  for (const excerpt of excerpts)
    assert.ok(actual.includes(excerpt), `${what} lacks ${JSON.stringify(excerpt)}`);
}

async function check(row: Expectation): Promise<void> {
  const raw = readFileSync(new URL(row.file, FIXTURES));
  const options = { maxBytes: row.maxBytes ?? 1_000_000 };
  if (row.error !== undefined) {
    await assert.rejects(parseMail(raw, options), (error) => {
      assert.ok(error instanceof PermanentError);
      assert.equal(error.code, row.error);
      return true;
    });
    return;
  }
  const mail = await parseMail(raw, options);
  if (row.subject !== undefined) assert.equal(mail.subject, row.subject);
  if (row.from !== undefined) assert.equal(mail.from?.address, row.from);
  if (row.messageId !== undefined) assert.equal(mail.messageId, row.messageId);
  if (row.threadRoot !== undefined) assert.equal(mail.threadRoot, row.threadRoot);
  if (row.date !== undefined) assert.equal(mail.date?.toISOString() ?? null, row.date);
  if (row.to !== undefined)
    assert.deepEqual(
      mail.to.map((a) => a.address),
      row.to,
    );
  if (row.cc !== undefined)
    assert.deepEqual(
      mail.cc.map((a) => a.address),
      row.cc,
    );
  assert.equal(mail.languageHint, row.language ?? "", "language hint");
  includesAll(mail.bodyText, row.body ?? [], "body");
  for (const excerpt of row.notInBody ?? []) {
    assert.ok(!mail.bodyText.includes(excerpt), `body must not contain ${JSON.stringify(excerpt)}`);
  }
  if (row.quoted) includesAll(mail.quotedText, row.quoted, "quoted text");
  else assert.equal(mail.quotedText, "", "quoted text");
  if (row.signature) includesAll(mail.signature, row.signature, "signature");
  else assert.equal(mail.signature, "", "signature");
  assert.equal(mail.automatic, row.automatic ?? NONE, "automatic kind");
  const attachments = row.attachments ?? [];
  assert.equal(mail.attachments.length, attachments.length, "attachment count");
  attachments.forEach((expected, i) => {
    const actual = mail.attachments[i];
    assert.ok(actual);
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(actual[key as keyof AttachmentInfo], value, `attachment ${i} ${key}`);
    }
    assert.match(actual.sha256, /^[0-9a-f]{64}$/);
  });
  assert.deepEqual(mail.headers, row.headers ?? {});
  assert.equal(mail.sizeBytes, raw.length);
}

describe("mail corpus (test/fixtures/mail)", () => {
  it("has an expectation for every fixture, and at least 40 of them", () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".eml"));
    assert.ok(files.length >= 40, `only ${files.length} fixtures`);
    const covered = new Set(CORPUS.map((row) => row.file));
    assert.deepEqual(
      files.filter((name) => !covered.has(name)),
      [],
    );
  });

  for (const row of CORPUS) {
    const label = row.error ? `${row.file} is refused with ${row.error}` : `${row.file} parses`;
    it(`${label}${row.maxBytes ? ` (limit ${row.maxBytes} bytes)` : ""}`, () => check(row));
  }
});

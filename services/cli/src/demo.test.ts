import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { main } from "./main.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const SAMPLES = join(REPO, "samples/mailbox");

interface Expected {
  file: string;
  department: string;
  automatic: boolean;
}

let out: string;
let stdout = "";
let exitCode: number;

before(async () => {
  out = await mkdtemp(join(tmpdir(), "poststelle-demo-test-"));
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  exitCode = await main(["demo", "--mailbox", SAMPLES, "--out", out], {
    stdin: new PassThrough(),
    stdout: sink,
    stderr: sink,
    env: {},
  });
});

after(async () => rm(out, { recursive: true, force: true }));

function lineFor(uid: number): string | undefined {
  return stdout.split("\n").find((line) => line.startsWith(`#${String(uid).padStart(3, "0")} `));
}

test("the demo routes every sample mail and exits when the mailbox is done", async () => {
  const expected = JSON.parse(
    await readFile(join(REPO, "samples/mailbox.expected.json"), "utf8"),
  ) as Expected[];
  assert.equal(exitCode, 0, stdout);
  assert.match(stdout, new RegExp(`${expected.length}/${expected.length} mails done`));
  const misrouted: string[] = [];
  for (const [index, mail] of expected.entries()) {
    const line = lineFor(index + 1);
    assert.ok(line, `no line for ${mail.file}`);
    const department = line.split(/\s+/)[1];
    if (department !== mail.department)
      misrouted.push(`${mail.file}: ${department} (expected ${mail.department})`);
    if (mail.automatic) assert.match(line, /no draft/, `${mail.file} is automatic and must get no draft`);
    else assert.match(line, /draft → /, `${mail.file} should get a draft`);
  }
  // The embedded classifier is no LLM: a few misses are expected, many would be a regression.
  assert.ok(misrouted.length <= 4, `misrouted:\n${misrouted.join("\n")}`);
});

test("drafts are written as .eml files, threaded, with the customer's data restored", async () => {
  const departments = await readdir(out);
  const drafts = (
    await Promise.all(departments.map(async (d) => (await readdir(join(out, d))).map((f) => join(out, d, f))))
  ).flat();
  const draftLines = stdout.split("\n").filter((line) => line.includes("draft → "));
  assert.equal(drafts.length, draftLines.length);

  const first = lineFor(1)!;
  const path = first.slice(first.indexOf("draft → ") + "draft → ".length).trim();
  const draft = await readFile(resolve(path), "utf8");
  assert.match(draft, /^To: j\.weissmueller@posteo\.example$/m);
  assert.match(draft, /^In-Reply-To: <demo-001@mail\.example\.net>$/m);
  assert.match(draft, /^Subject: Re: Bestellung 4711-2025-0815 noch nicht angekommen$/m);
  assert.match(draft, /^X-Poststelle-Department: orders$/m);
  assert.doesNotMatch(draft, /\[\[[A-Z_]+_\d+\]\]/, "every placeholder of the thread is restored");
});

test("what the demo prints is masked: no customer's data in the output", () => {
  for (const value of [
    "Weißmüller",
    "Weissmueller",
    "4711-2025-0815",
    "0171 4837261",
    "Lindenstraße 14",
    "DE89370400440532013000",
  ]) {
    assert.ok(!stdout.includes(value), `${value} appears in the demo output`);
  }
  assert.match(stdout, /\[\[ORDER_NUMBER_1\]\]/);
});

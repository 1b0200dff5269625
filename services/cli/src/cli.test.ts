import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { commands } from "./commands/index.js";
import { run } from "./test-io.js";

test("every subcommand has --help, and the overview lists them all", async () => {
  const overview = await run(["--help"]);
  assert.equal(overview.code, 0);
  for (const command of commands) {
    assert.ok(overview.out.includes(command.name), `${command.name} missing in the overview`);
    const help = await run([command.name, "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.out, new RegExp(`^Usage: poststelle ${command.name}`));
  }
  const unknown = await run(["frobnicate"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "frobnicate"/);
});

test("poststelle mask prints masked text and, with --jsonl, offsets into the input", async () => {
  const plain = await run(
    ["mask", "--lang", "de"],
    "Bitte überweisen Sie auf DE89370400440532013000, Max Mustermann",
  );
  assert.equal(plain.code, 0, plain.err);
  assert.ok(!plain.out.includes("DE89370400440532013000"));
  assert.match(plain.out, /\[\[IBAN_1\]\]/);

  const text = "Mail an anna.schmidt@example.org bitte";
  const jsonl = await run(["mask", "--jsonl"], `${JSON.stringify({ id: "a", text })}\nnot json\n`);
  const [first, second] = jsonl.out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.equal(first.id, "a");
  assert.equal(first.masked, "Mail an [[EMAIL_1]] bitte");
  const email = first.entities.find((e: { type: string }) => e.type === "EMAIL");
  assert.equal(text.slice(email.start, email.end), "anna.schmidt@example.org");
  assert.ok(second.error, "a bad line is reported and the run goes on");
  assert.equal(jsonl.code, 1);
});

test("poststelle classify --jsonl routes each line through rules and the embedded classifier", async () => {
  const input = [
    {
      id: "1",
      subject: "Rechnung falsch",
      body: "Bitte korrigieren",
      from: "x@example.net",
      to: "rechnung@example.com",
    },
    {
      id: "2",
      subject: "Retoure",
      body: "Ich möchte die Jacke zurücksenden und brauche ein Retourenlabel.",
      from: "y@example.net",
      to: "service@example.com",
    },
  ];
  const result = await run(["classify", "--jsonl"], input.map((l) => JSON.stringify(l)).join("\n"));
  assert.equal(result.code, 0, result.err);
  const [billing, returns] = result.out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual([billing.id, billing.department, billing.decided_by], ["1", "billing", "rule"]);
  assert.deepEqual([returns.id, returns.department, returns.decided_by], ["2", "returns", "fallback"]);
});

test("a bad config names the file and the key", async () => {
  const dir = await mkdtemp(join(tmpdir(), "poststelle-cli-"));
  const file = join(dir, "bad.yaml");
  await writeFile(file, "telemetry:\n  metricsPort: lots\n");
  const result = await run(["mask", "--config", file], "x");
  await rm(dir, { recursive: true, force: true });
  assert.equal(result.code, 1);
  assert.match(result.err, new RegExp(`${file}: telemetry\\.metricsPort: `));
});

test("poststelle classify trains on the config's labeled mails; a bad line names file and line", async () => {
  const dir = await mkdtemp(join(tmpdir(), "poststelle-cli-"));
  const config = join(dir, "poststelle.yaml");
  const departments = ["billing", "sales", "triage"].map(
    (id) => `  - { id: ${id}, name: ${id}, description: ${id} }`,
  );
  await writeFile(
    config,
    [
      "mailboxes: [{ id: shop, kind: folder, address: service@example.com, path: mail }]",
      "departments:",
      ...departments,
      "embeddedClassifier: { labeledMails: [labeled.jsonl] }",
      "",
    ].join("\n"),
  );
  // A made-up word only the labeled mails tie to a department.
  const labeled = ["Zorblax lieferbar?", "Zorblax Preis", "Zorblax Angebot"].map((subject) =>
    JSON.stringify({ department: "sales", subject, body: "Zorblax" }),
  );
  const mail = `${JSON.stringify({ id: "z", subject: "Zorblax", body: "Zorblax?", to: "service@example.com" })}\n`;
  try {
    await writeFile(join(dir, "labeled.jsonl"), `${labeled.join("\n")}\n`);
    const taught = await run(["classify", "--jsonl", "--config", config], mail);
    assert.equal(taught.code, 0, taught.err);
    assert.equal(JSON.parse(taught.out).department, "sales");

    await writeFile(
      join(dir, "labeled.jsonl"),
      `${labeled[0]}\n{"department": "sales", "subject": "Max Mustermann"\n`,
    );
    const bad = await run(["classify", "--jsonl", "--config", config], mail);
    assert.equal(bad.code, 1);
    assert.match(bad.err, new RegExp(`${join(dir, "labeled.jsonl")}: line 2: not valid JSON`));
    assert.ok(!bad.err.includes("Mustermann"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a reader that closes the pipe early ends the command quietly", async () => {
  const bin = fileURLToPath(new URL("../bin/poststelle.js", import.meta.url));
  const child = spawn(process.execPath, [bin, "classify", "--jsonl"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  // Like `| head -1`: read the first output, then close our end of the pipe.
  child.stdout.once("data", () => child.stdout.destroy());
  const line = JSON.stringify({
    id: "1",
    subject: "Retoure",
    body: "Jacke zurück",
    to: "service@example.com",
  });
  // The command may stop before it has read all of its input.
  child.stdin.on("error", () => {});
  child.stdin.end(`${line}\n`.repeat(20_000));
  const [code] = await once(child, "exit");
  assert.equal(code, 0, stderr);
  assert.equal(stderr, "");
});

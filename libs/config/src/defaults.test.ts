import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, it } from "node:test";
import { DEFAULTS_FILE, defaultConfig, loadConfig, TEMPLATE_VARIABLES } from "./index.js";

const repoRoot = resolve(dirname(DEFAULTS_FILE), "../..");

describe("embedded defaults", () => {
  it("live at libs/config/defaults.yaml and are what loadConfig returns without a file", async () => {
    assert.ok(existsSync(DEFAULTS_FILE));
    assert.equal(DEFAULTS_FILE, join(repoRoot, "libs", "config", "defaults.yaml"));
    const loaded = await loadConfig({ env: {} });
    assert.deepEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(defaultConfig({}))));
  });

  it("are the demo set-up: embedded NATS, one folder mailbox under the repository root, no vault key", () => {
    const config = defaultConfig({});
    assert.equal(config.nats.embedded, true);
    assert.equal(config.mailboxes.length, 1);
    const [mailbox] = config.mailboxes;
    assert.ok(mailbox?.kind === "folder");
    assert.equal(mailbox.id, "demo");
    assert.equal(mailbox.address, "service@example.com");
    assert.equal(mailbox.path, join(repoRoot, "samples", "mailbox"));
    assert.equal(mailbox.outputPath, join(repoRoot, "out", "drafts"));
    assert.deepEqual(config.embeddedClassifier.labeledMails, [
      join(repoRoot, "samples", "labeled-mails", "handwritten.jsonl"),
      join(repoRoot, "samples", "labeled-mails", "generated.jsonl"),
    ]);
    for (const file of config.embeddedClassifier.labeledMails) assert.ok(existsSync(file), file);
    assert.equal(config.vault.key, undefined);
    assert.equal(config.llm.classify, undefined);
    assert.equal(config.llm.draft, undefined);
    assert.equal(config.triage.department, "triage");
    assert.equal(config.delivery.autoSend.enabled, false);
  });

  it("define the nine shop departments, each with keywords in both languages, examples and templates", () => {
    const config = defaultConfig({});
    assert.deepEqual(
      config.departments.map((department) => department.id),
      ["orders", "returns", "billing", "technical", "complaints", "privacy", "sales", "general", "triage"],
    );
    for (const department of config.departments) {
      const what = department.id;
      assert.ok(department.name.length > 3 && department.description.length > 40, what);
      const keywords = department.keywords;
      assert.ok(keywords.length >= 15 && keywords.length <= 30, `${what}: ${keywords.length} keywords`);
      assert.equal(
        new Set(keywords.map((word) => word.toLowerCase())).size,
        keywords.length,
        `${what}: duplicates`,
      );
      assert.ok(
        keywords.some((word) => /[äöüß]|ung\b|en\b/i.test(word)),
        `${what}: no German keyword`,
      );
      assert.ok(
        keywords.some((word) => /^[a-z' ]+$/.test(word) && !/ung$/.test(word)),
        `${what}: no English one`,
      );
      assert.ok(department.examples.length >= 4 && department.examples.length <= 6, `${what}: examples`);
      for (const language of ["de", "en"] as const) {
        const template = department.templates[language];
        assert.ok(template, `${what}: ${language} template`);
        assert.ok(template.subject.includes("{{subject}}"), `${what}: ${language} subject`);
        assert.ok(template.body.includes("{{subject}}"), `${what}: ${language} body names the subject`);
        for (const match of `${template.subject}${template.body}`.matchAll(/\{\{(\w+)\}\}/g)) {
          assert.ok(
            (TEMPLATE_VARIABLES as readonly string[]).includes(match[1]!),
            `${what}: {{${match[1]}}}`,
          );
        }
      }
    }
  });

  it("hold no secrets", () => {
    const text = readFileSync(DEFAULTS_FILE, "utf8");
    assert.doesNotMatch(text, /\b(password|token|apiKey|key):/);
  });

  it("take POSTSTELLE__ overrides like any file", () => {
    const config = defaultConfig({ POSTSTELLE__TELEMETRY__LOG_LEVEL: "debug" });
    assert.equal(config.telemetry.logLevel, "debug");
  });
});

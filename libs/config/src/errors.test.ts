import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertConfigError, MINIMAL, parse, scratchDir } from "./test-fixtures.js";

const IMAP = `
mailboxes:
  - id: support
    kind: imap
    address: support@example.com
    host: imap.example.com
    user: support
    auth:
      password: { env: IMAP_PASSWORD }
departments:
  - { id: billing, name: Billing, description: Invoices }
  - { id: triage, name: Triage, description: Low confidence }
`;

describe("config errors name the file, the key and the problem", () => {
  it("a wrong type, with the value and the line", () => {
    const error = assertConfigError(
      IMAP.replace("host: imap.example.com", "host: imap.example.com\n    port: abc"),
      {
        key: "mailboxes[0].port",
        problem: 'expected a number, got "abc"',
        env: { IMAP_PASSWORD: "x" },
      },
    );
    assert.match(error.message, /\(line 7\)$/);
  });

  it("a number out of range and a non-integer", () => {
    assertConfigError(`${MINIMAL}triage: { minConfidence: 1.5 }\n`, {
      key: "triage.minConfidence",
      problem: "must be at most 1, got 1.5",
    });
    assertConfigError(`${MINIMAL}stages: { maxDeliver: 2.5 }\n`, {
      key: "stages.maxDeliver",
      problem: "expected a whole number, got 2.5",
    });
  });

  it("an unknown key, with the closest known key", () => {
    assertConfigError(IMAP.replace("host: imap", "hots: imap"), {
      key: "mailboxes[0].hots",
      problem: 'unknown key "hots" (did you mean "host"?)',
      env: { IMAP_PASSWORD: "x" },
    });
    assertConfigError(`${MINIMAL}telemetry: { metrics_port: 9000 }\n`, {
      key: "telemetry.metrics_port",
      problem: 'unknown key "metrics_port" (did you mean "metricsPort"?)',
    });
    assertConfigError(`${MINIMAL}nothing: true\n`, {
      key: "nothing",
      problem: /^unknown key "nothing" \(line \d+\)$/,
    });
  });

  it("a missing required key", () => {
    assertConfigError(IMAP.replace("    user: support\n", ""), {
      key: "mailboxes[0].user",
      problem: "required key is missing",
      env: { IMAP_PASSWORD: "x" },
    });
    assertConfigError(MINIMAL.slice(0, MINIMAL.indexOf("departments:")), {
      key: "departments",
      problem: "required key is missing",
    });
    assertConfigError(`${MINIMAL}mailboxes: []\n`.replace(/^mailboxes:\n( {2}.*\n)+/m, ""), {
      key: "mailboxes",
      problem: "must have at least 1 entry",
    });
    assertConfigError(MINIMAL.replace("kind: folder", "kind: pop3"), {
      key: "mailboxes[0].kind",
      problem: 'expected "imap" or "folder", got "pop3"',
    });
  });

  it("an inline secret", () => {
    const error = assertConfigError(IMAP.replace("{ env: IMAP_PASSWORD }", "hunter2-inline"), {
      key: "mailboxes[0].auth.password",
      problem: "inline secrets are not accepted; use {env: NAME} or {file: PATH}",
    });
    assert.ok(!error.message.includes("hunter2-inline"));
  });

  it("a secret whose environment variable or file is missing", () => {
    assertConfigError(IMAP, {
      key: "mailboxes[0].auth.password",
      problem: "environment variable IMAP_PASSWORD is not set",
    });
    assertConfigError(IMAP.replace("{ env: IMAP_PASSWORD }", "{ file: secrets/imap }"), {
      key: "mailboxes[0].auth.password",
      problem: /^cannot read secret file ".*\/secrets\/imap" \(ENOENT\)/,
    });
    assertConfigError(IMAP.replace("{ env: IMAP_PASSWORD }", "{ env: IMAP_PASSWORD, file: x }"), {
      key: "mailboxes[0].auth.password",
      problem: "expected exactly one of env or file",
    });
  });

  it("a vault key that is not 32 bytes, without showing it", () => {
    const short = Buffer.alloc(16, 7).toString("base64");
    const error = assertConfigError(`${MINIMAL}vault: { key: { env: VAULT_KEY } }\n`, {
      key: "vault.key",
      problem: "expected base64 of 32 bytes, got 16 bytes",
      env: { VAULT_KEY: short },
    });
    assert.ok(!error.message.includes(short));
  });

  it("an interpolated variable that is not set", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config syntax under test
    assertConfigError(IMAP.replace("host: imap.example.com", "host: ${IMAP_HOST}"), {
      key: "mailboxes[0].host",
      problem: "environment variable IMAP_HOST is not set",
      env: { IMAP_PASSWORD: "x" },
    });
  });

  it("a regular expression that does not compile", () => {
    const rules = `rules:\n  - name: r1\n    department: billing\n    match: { subject: "(?i)rechnung" }\n`;
    assertConfigError(MINIMAL + rules, {
      key: "rules[0].match.subject",
      problem: /^invalid regular expression: /,
    });
    const header = `rules:\n  - name: r1\n    department: billing\n    match: { header: { name: X-A, pattern: "a[" } }\n`;
    assertConfigError(MINIMAL + header, {
      key: "rules[0].match.header.pattern",
      problem: "invalid regular expression",
    });
    const patterns = `privacy:\n  patterns: [{ type: ORDER_NUMBER, name: o, regex: "\\\\d{3" }]\n`;
    assertConfigError(MINIMAL + patterns, {
      key: "privacy.patterns[0].regex",
      problem: "invalid regular expression",
    });
  });

  it("a department that is not defined, with the known ones", () => {
    const rules = "rules:\n  - { name: r1, department: biling, match: { to: [rechnung@example.com] } }\n";
    assertConfigError(MINIMAL + rules, {
      key: "rules[0].department",
      problem: 'department "biling" is not defined (did you mean "billing"? known: billing, triage)',
    });
    assertConfigError(MINIMAL.replace("id: triage", "id: manual"), {
      key: "triage.department",
      problem: 'department "triage" is not defined',
    });
  });

  it("duplicate ids", () => {
    const twice = MINIMAL.replace("- id: triage", "- id: billing");
    assertConfigError(twice, {
      key: "departments[1].id",
      problem: 'duplicate department id "billing" (also at departments[0])',
    });
    const rules =
      "rules:\n  - { name: r, department: billing, match: { to: [a@example.com] } }\n  - { name: r, department: billing, match: { to: [b@example.com] } }\n";
    assertConfigError(MINIMAL + rules, { key: "rules[1].name", problem: 'duplicate rule name "r"' });
  });

  it("rule matchers, forwardTo, ids and templates", () => {
    assertConfigError(`${MINIMAL}rules: [{ name: r, department: billing, match: {} }]\n`, {
      key: "rules[0].match",
      problem: "expected at least one of to, from",
    });
    assertConfigError(
      MINIMAL.replace("name: Billing", "name: Billing\n    action: { forwardTo: billing-at-example }"),
      {
        key: "departments[0].action.forwardTo",
        problem: 'expected an email address, got "billing-at-example"',
      },
    );
    assertConfigError(MINIMAL.replace("id: billing", "id: Billing"), {
      key: "departments[0].id",
      problem: /department ids use lowercase letters/,
    });
    const template = '\n    templates: { de: { subject: "Re: {{subjekt}}", body: "x" } }';
    assertConfigError(
      MINIMAL.replace("description: Invoices and payments", `description: Invoices${template}`),
      {
        key: "departments[0].templates.de.subject",
        problem: "unknown template variable {{subjekt}} (did you mean {{subject}}?)",
      },
    );
  });

  it("OAuth2 with both or neither token source", () => {
    const both = IMAP.replace(
      "password: { env: IMAP_PASSWORD }",
      "oauth2: { tokenFile: t, tokenCommand: c }",
    );
    assertConfigError(both, {
      key: "mailboxes[0].auth.oauth2",
      problem: "expected exactly one of tokenFile or tokenCommand",
    });
    const neither = IMAP.replace("password: { env: IMAP_PASSWORD }", "{}").replace(
      "auth:\n      {}",
      "auth: {}",
    );
    assertConfigError(neither, {
      key: "mailboxes[0].auth",
      problem: "expected exactly one of password or oauth2",
    });
  });

  it("a backoff list NATS would refuse", () => {
    assertConfigError(`${MINIMAL}stages: { maxDeliver: 3, backoffMs: [1, 2, 3] }\n`, {
      key: "stages.backoffMs",
      problem: "must have fewer entries than stages.maxDeliver (3), got 3",
    });
  });

  it("YAML syntax errors with line and column", () => {
    assertConfigError("mailboxes:\n  - id: a\n   kind: folder\n", {
      key: "",
      problem: /^YAML syntax error at 3:\d+: /,
    });
    assertConfigError("nats: {}\nnats: {}\n", { key: "", problem: /^YAML syntax error at 2:1: .*unique/ });
    assertConfigError("- just\n- a list\n", { key: "", problem: "expected a mapping at the top level" });
  });

  it("the first problem in file order when there are several", () => {
    const text = `${MINIMAL.replace("path: mail", "path: mail\n    maxMessageBytes: lots")}telemetry: { metricsPort: many }\n`;
    assertConfigError(text, {
      key: "mailboxes[0].maxMessageBytes",
      problem: 'expected a number, got "lots"',
    });
  });

  it("accepts a config once the problem is fixed", () => {
    const config = parse(IMAP, { IMAP_PASSWORD: "x" }, scratchDir());
    assert.equal(config.mailboxes[0]?.id, "support");
  });
});

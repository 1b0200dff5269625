import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertConfigError, MINIMAL, parse } from "./test-fixtures.js";

describe("environment variable interpolation", () => {
  it("replaces references inside any string, with defaults for unset or empty variables", () => {
    const text = `${MINIMAL}telemetry:\n  serviceName: "poststelle-\${STAGE}-\${REGION:-eu}"\n  otlpEndpoint: \${OTLP:-http://collector:4318}\n`;
    const config = parse(text, { STAGE: "prod", OTLP: "" });
    assert.equal(config.telemetry.serviceName, "poststelle-prod-eu");
    assert.equal(config.telemetry.otlpEndpoint, "http://collector:4318");
    assert.equal(parse(text, { STAGE: "a", REGION: "us" }).telemetry.serviceName, "poststelle-a-us");
  });

  it("gives numbers and booleans from variables their type", () => {
    const text = `${MINIMAL}telemetry: { metricsPort: "\${METRICS_PORT:-9464}" }\nnats: { embedded: "\${EMBEDDED}" }\n`;
    const config = parse(text, { METRICS_PORT: "9600", EMBEDDED: "true" });
    assert.equal(config.telemetry.metricsPort, 9600);
    assert.equal(config.nats.embedded, true);
  });

  it("keeps $${ as a literal ${ and rejects malformed references", () => {
    const text = `${MINIMAL}telemetry: { serviceName: "cost-$\${X}" }\n`;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config syntax under test
    assert.equal(parse(text).telemetry.serviceName, "cost-${X}");
    assertConfigError(`${MINIMAL}telemetry: { serviceName: "a-\${1X}" }\n`, {
      key: "telemetry.serviceName",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config syntax under test
      problem: "malformed ${…} reference",
    });
  });

  it("fills secret references too", () => {
    const text = `${MINIMAL}vault: { key: { env: "\${KEY_VAR}" } }\n`;
    const key = Buffer.alloc(32, 1).toString("base64");
    assert.equal(parse(text, { KEY_VAR: "MY_KEY", MY_KEY: key }).vault.key?.reveal(), key);
  });
});

describe("POSTSTELLE__ environment overrides", () => {
  it("set numbers, strings and whole lists, SNAKE_CASE to camelCase", () => {
    const config = parse(MINIMAL, {
      POSTSTELLE__TELEMETRY__METRICS_PORT: "9500",
      POSTSTELLE__NATS__SERVERS: '["nats://a:4222", "nats://b:4222"]',
      POSTSTELLE__NATS__STREAM_MAX_AGE_HOURS: "24",
      POSTSTELLE__MAILBOXES__0__ADDRESS: "info@example.com",
      POSTSTELLE__LLM__CLASSIFY__BASE_URL: "http://vllm:8000/v1",
      POSTSTELLE__LLM__CLASSIFY__MODEL: "qwen",
    });
    assert.equal(config.telemetry.metricsPort, 9500);
    assert.deepEqual(config.nats.servers, ["nats://a:4222", "nats://b:4222"]);
    assert.equal(config.nats.streamMaxAgeHours, 24);
    assert.equal(config.mailboxes[0]?.address, "info@example.com");
    assert.equal(config.llm.classify?.baseUrl, "http://vllm:8000/v1");
    assert.equal(config.llm.classify?.timeoutMs, 30_000);
  });

  it("index into lists, set the list before its items, and may append one item", () => {
    const config = parse(MINIMAL, {
      POSTSTELLE__NATS__SERVERS__1: "nats://c:4222",
      POSTSTELLE__NATS__SERVERS: "[nats://a:4222, nats://b:4222]",
      POSTSTELLE__DEPARTMENTS__2__ID: "sales",
      POSTSTELLE__DEPARTMENTS__2__NAME: "Sales",
      POSTSTELLE__DEPARTMENTS__2__DESCRIPTION: "Quotes",
      POSTSTELLE__DEPARTMENTS__2__KEYWORDS: "[Angebot, quote]",
    });
    assert.deepEqual(config.nats.servers, ["nats://a:4222", "nats://c:4222"]);
    assert.deepEqual(
      config.departments.map((department) => department.id),
      ["billing", "triage", "sales"],
    );
    assert.deepEqual(config.departments[2]?.keywords, ["Angebot", "quote"]);
  });

  it("append list items in index order, 2 before 10", () => {
    const env: NodeJS.ProcessEnv = {};
    for (let index = 0; index <= 11; index++)
      env[`POSTSTELLE__NATS__SERVERS__${index}`] = `nats://n${index}:4222`;
    const config = parse(MINIMAL, env);
    assert.equal(config.nats.servers.length, 12);
    assert.equal(config.nats.servers[10], "nats://n10:4222");
    assert.equal(config.nats.servers[11], "nats://n11:4222");
  });

  it("name the variable when it sets an unknown key or a wrong value", () => {
    const unknown = assertConfigError(MINIMAL, {
      key: "telemetry.metricsPortt",
      problem:
        'unknown key "metricsPortt" (did you mean "metricsPort"?) (set by POSTSTELLE__TELEMETRY__METRICS_PORTT)',
      env: { POSTSTELLE__TELEMETRY__METRICS_PORTT: "9500" },
    });
    assert.doesNotMatch(unknown.message, /line \d/);
    assertConfigError(MINIMAL, {
      key: "natz",
      problem: 'unknown key "natz" (did you mean "nats"?) (set by POSTSTELLE__NATZ__SERVERS)',
      env: { POSTSTELLE__NATZ__SERVERS: "[nats://a:4222]" },
    });
    assertConfigError(MINIMAL, {
      key: "telemetry.metricsPort",
      problem: 'expected a number, got "abc" (set by POSTSTELLE__TELEMETRY__METRICS_PORT)',
      env: { POSTSTELLE__TELEMETRY__METRICS_PORT: "abc" },
    });
    assertConfigError(MINIMAL, {
      key: "mailboxes[3]",
      problem: "POSTSTELLE__MAILBOXES__3__HOST: index 3 is past the end of the list (length 1)",
      env: { POSTSTELLE__MAILBOXES__3__HOST: "imap.example.com" },
    });
    assertConfigError(MINIMAL, {
      key: "",
      problem: "environment variable POSTSTELLE__NATS____SERVERS: expected KEY__KEY__…",
      env: { POSTSTELLE__NATS____SERVERS: "x" },
    });
  });

  it("apply to secrets as references, never as inline values", () => {
    assertConfigError(MINIMAL, {
      key: "vault.key",
      problem: "inline secrets are not accepted",
      env: { POSTSTELLE__VAULT__KEY: Buffer.alloc(32).toString("base64") },
    });
  });
});

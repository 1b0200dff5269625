import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { freePort, startTestLlm, TEST_LLM_MODEL, type TestLlm } from "@poststelle/test-support";
import { ALERTS_FILE, DASHBOARDS_DIR } from "./generated-files.js";
import { REPO_ROOT } from "./paths.js";
import { alertQueries, dashboardQueries, metricNames } from "./promql-names.js";

/** Metrics that come from elsewhere: prometheus-nats-exporter (-jsz) and Prometheus itself. */
const EXTERNAL = [/^jetstream_/, /^up$/];

/**
 * Metrics only recorded when something happens that this run does not cause (an IMAP reconnect,
 * a placeholder from another thread, a delivery failure, an erasure). For these the test checks that the code
 * declares the instrument, by its OpenTelemetry name.
 */
const EVENT_ONLY = new Map([
  ["poststelle_ingest_reconnects_total", "poststelle_ingest_reconnects"],
  ["poststelle_unmask_unknown_placeholders_total", "poststelle_unmask_unknown_placeholders"],
  ["poststelle_unmask_failures_total", "poststelle_unmask_failures"],
  ["poststelle_privacy_erasures_total", "poststelle_privacy_erasures"],
]);

function sourceDeclares(name: string): boolean {
  const files = [
    "services/ingest/src/metrics.ts",
    "services/unmask/src/metrics.ts",
    "services/draft/src/metrics.ts",
    "libs/bus/src/metrics.ts",
    "services/mask/src/privacy-operations.ts",
  ];
  return files.some((file) => {
    try {
      return readFileSync(join(REPO_ROOT, file), "utf8").includes(`"${name}"`);
    } catch {
      return false;
    }
  });
}

function sample(metrics: string, name: string): number {
  let total = 0;
  for (const line of metrics.split("\n")) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.split(" ").pop());
  }
  return total;
}

describe("every metric a dashboard or alert queries is exported by a real run", () => {
  let llm: TestLlm;
  let child: ChildProcess;
  let dir: string;
  let port: number;
  let scraped = "";
  let log = "";

  before(async () => {
    llm = await startTestLlm();
    // The first answers fail, so the LLM error counter, the fallbacks and the breaker all move.
    llm.enqueue(...Array.from({ length: 6 }, () => ({ status: 500 })));
    dir = mkdtempSync(join(tmpdir(), "poststelle-metrics-"));
    port = await freePort();
    const llmEnv = (stage: string) => ({
      [`POSTSTELLE__LLM__${stage}__BASE_URL`]: llm.baseUrl,
      [`POSTSTELLE__LLM__${stage}__MODEL`]: TEST_LLM_MODEL,
      [`POSTSTELLE__LLM__${stage}__MAX_RETRIES`]: "0",
      [`POSTSTELLE__LLM__${stage}__TIMEOUT_MS`]: "5000",
    });
    child = spawn(
      process.execPath,
      [join(REPO_ROOT, "services/cli/bin/poststelle.js"), "run", "all", "--data-dir", join(dir, "data")],
      {
        cwd: dir,
        env: {
          ...process.env,
          POSTSTELLE_CONFIG: "",
          POSTSTELLE__TELEMETRY__METRICS_PORT: String(port),
          POSTSTELLE__TELEMETRY__METRICS_HOST: "127.0.0.1",
          POSTSTELLE__MAILBOXES__0__OUTPUT_PATH: join(dir, "drafts"),
          // Small enough that the larger sample mails are dead-lettered by ingest.
          POSTSTELLE__MAILBOXES__0__MAX_MESSAGE_BYTES: "2048",
          POSTSTELLE__VAULT__KEY: "{env: METRICS_TEST_VAULT_KEY}",
          METRICS_TEST_VAULT_KEY: randomBytes(32).toString("base64"),
          ...llmEnv("CLASSIFY"),
          ...llmEnv("DRAFT"),
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-20_000);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-20_000);
    });

    // Done when unmask has handled every mail ingest published, and that number holds still.
    const deadline = Date.now() + 150_000;
    let previous = -1;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`poststelle exited early (${child.exitCode}):\n${log}`);
      if (Date.now() > deadline) throw new Error(`pipeline did not finish in time:\n${log.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const response = await fetch(`http://127.0.0.1:${port}/metrics`).catch(() => undefined);
      if (!response?.ok) continue;
      scraped = await response.text();
      const published = sample(scraped, "poststelle_ingest_mails_total");
      const delivered = sample(scraped, 'poststelle_bus_processed_total{subject="mail.drafted"');
      const done = scraped
        .split("\n")
        .filter((l) => l.startsWith("poststelle_bus_processed_total{") && l.includes('consumer="unmask"'))
        .reduce((n, l) => n + Number(l.split(" ").pop()), 0);
      if (published > 0 && done > 0 && done === previous && delivered >= 0) break;
      previous = done;
    }
  });

  after(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await llm?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("dashboards and alert rules query only metrics that exist", () => {
    const exported = new Set(
      scraped
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.split(/[{ ]/)[0] ?? ""),
    );
    const queries = [...dashboardQueries(DASHBOARDS_DIR), ...alertQueries(ALERTS_FILE)];
    assert.ok(queries.length >= 30, `only ${queries.length} queries found`);
    const missing: string[] = [];
    let checked = 0;
    for (const { where, expr } of queries) {
      const names = metricNames(expr);
      assert.ok(names.length > 0, `${where}: no metric in ${expr}`);
      for (const name of names) {
        checked++;
        if (EXTERNAL.some((pattern) => pattern.test(name))) continue;
        const eventOnly = EVENT_ONLY.get(name);
        if (eventOnly !== undefined) {
          if (!sourceDeclares(eventOnly))
            missing.push(`${where}: ${name} (no instrument ${eventOnly} in the code)`);
          continue;
        }
        if (!exported.has(name)) missing.push(`${where}: ${name}`);
      }
    }
    assert.deepEqual(missing, [], `exported: ${[...exported].sort().join(", ")}`);
    assert.ok(checked > 40);
  });

  test("the run exercised the parts the dashboards watch", () => {
    assert.ok(sample(scraped, "poststelle_dead_letters_total") > 0, "no mail was dead-lettered");
    assert.ok(sample(scraped, "poststelle_llm_errors_total") > 0, "no LLM error was counted");
    assert.ok(sample(scraped, "poststelle_classify_decisions_total") > 0);
    assert.ok(sample(scraped, "poststelle_mask_entities_total") > 0);
    assert.ok(llm.requests.length > 0, "the LLM was never called");
  });
});

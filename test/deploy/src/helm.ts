import { execFile } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { parseAllDocuments } from "yaml";
import { CHART_DIR } from "./paths.js";
import { readZipEntry } from "./zip-entry.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * The real helm binary, offline: @aws-cdk/asset-kubectl-v20 (npm) ships helm 3 for Linux x64
 * inside a zip; it is unpacked once into the temp dir and reused.
 */
export function helmBinary(): string {
  const pkg = dirname(require.resolve("@aws-cdk/asset-kubectl-v20/package.json"));
  const version = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string })
    .version;
  const dir = join(tmpdir(), `poststelle-helm-${version}`);
  const binary = join(dir, "helm");
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${binary}.${process.pid}`;
    writeFileSync(partial, readZipEntry(join(pkg, "lib/layer.zip"), "helm/helm"));
    chmodSync(partial, 0o755);
    renameSync(partial, binary);
  }
  return binary;
}

export interface RenderOptions {
  values?: Record<string, unknown>;
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
}

export interface ChartCopy {
  readonly dir: string;
  remove(): void;
}

/**
 * A copy of the chart without its optional dependency: the NATS subchart cannot be fetched
 * offline, and helm refuses a chart whose declared dependency is missing even when disabled.
 */
export function chartWithoutDependencies(): ChartCopy {
  const root = mkdtempSync(join(tmpdir(), "poststelle-chart-"));
  const dir = join(root, "poststelle");
  cpSync(CHART_DIR, dir, { recursive: true });
  const chartFile = join(dir, "Chart.yaml");
  const chart = readFileSync(chartFile, "utf8");
  const cut = chart.indexOf("\ndependencies:");
  if (cut >= 0) writeFileSync(chartFile, `${chart.slice(0, cut)}\n`);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function helm(args: string[], chart: ChartCopy, values: Record<string, unknown>): Promise<string> {
  const valuesFile = join(dirname(chart.dir), "values.test.json");
  writeFileSync(valuesFile, JSON.stringify(values));
  try {
    const { stdout } = await run(helmBinary(), [...args, chart.dir, "--values", valuesFile], {
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        HELM_CACHE_HOME: join(chart.dir, "..", "cache"),
        HELM_CONFIG_HOME: join(chart.dir, "..", "config"),
      },
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`helm ${args[0]} failed: ${stderr.trim() || (error as Error).message}`);
  }
}

/** `helm template` of deploy/helm/poststelle; returns every rendered object. */
export async function renderChart(options: RenderOptions = {}): Promise<Record<string, unknown>[]> {
  const chart = chartWithoutDependencies();
  try {
    const stdout = await helm(
      [
        "template",
        options.releaseName ?? "mail",
        "--namespace",
        options.namespace ?? "poststelle",
        "--kube-version",
        options.kubeVersion ?? "1.30.0",
      ],
      chart,
      options.values ?? {},
    );
    return parseAllDocuments(stdout)
      .map((doc) => {
        if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors[0]?.message}`);
        return doc.toJS() as Record<string, unknown> | null;
      })
      .filter((doc): doc is Record<string, unknown> => doc !== null);
  } finally {
    chart.remove();
  }
}

/** `helm lint --strict`: template errors, values.schema.json, chart metadata. */
export async function lintChart(values: Record<string, unknown> = {}): Promise<string> {
  const chart = chartWithoutDependencies();
  try {
    return await helm(["lint", "--strict"], chart, values);
  } finally {
    chart.remove();
  }
}

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@poststelle/errors";
import { checkConfig } from "./checks.js";
import { applyEnvOverrides, OVERRIDE_PREFIX, type OverrideSource } from "./env.js";
import { interpolateEnv, isMapping } from "./interpolate.js";
import { describeIssue, type Problem, toProblems } from "./issues.js";
import { type ConfigPath, formatPath, startsWith } from "./paths.js";
import { configSchema } from "./schema.js";
import type { SecretScope } from "./secret.js";
import type { Config } from "./types.js";
import { readYaml, type YamlSource } from "./yaml-source.js";

/** The demo set-up shipped with the package (libs/config/defaults.yaml, beside dist/). */
export const DEFAULTS_FILE: string = fileURLToPath(new URL("../defaults.yaml", import.meta.url));

/** Paths in the defaults (samples/mailbox, out/drafts) are relative to the repository root. */
const DEFAULTS_BASE_DIR = resolve(dirname(DEFAULTS_FILE), "../..");

export interface LoadConfigOptions {
  /** Config file; absent: $POSTSTELLE_CONFIG, then the embedded defaults. */
  file?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * The kinds of secret to read (SECRETS_BY_SERVICE has each service's). Other references are
   * checked for form, not read, and throw if revealed. Absent: every secret is read.
   */
  secrets?: readonly SecretScope[];
}

export interface ParseConfigOptions {
  /** Named in every error; also the base for relative paths unless baseDir is given. */
  file: string;
  env?: NodeJS.ProcessEnv;
  baseDir?: string;
  /** As in LoadConfigOptions. */
  secrets?: readonly SecretScope[];
}

export async function loadConfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const file = options.file ?? (env["POSTSTELLE_CONFIG"] || undefined);
  if (file === undefined) return defaultConfig(env, options.secrets);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      file,
      "",
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`,
    );
  }
  return parseConfig(text, { file, env, ...(options.secrets ? { secrets: options.secrets } : {}) });
}

/** The embedded defaults: the demo runs on them. POSTSTELLE__… overrides still apply. */
export function defaultConfig(
  env: NodeJS.ProcessEnv = process.env,
  secrets?: readonly SecretScope[],
): Config {
  const text = readFileSync(DEFAULTS_FILE, "utf8");
  return parseConfig(text, {
    file: DEFAULTS_FILE,
    env,
    baseDir: DEFAULTS_BASE_DIR,
    ...(secrets ? { secrets } : {}),
  });
}

/**
 * YAML → `${VAR}` interpolation → POSTSTELLE__… overrides → schema (defaults, secrets, paths) →
 * cross checks. Throws a ConfigError for the first problem in file order, naming file and key.
 */
export function parseConfig(text: string, options: ParseConfigOptions): Config {
  const { file } = options;
  const env = options.env ?? process.env;
  const baseDir = options.baseDir ?? dirname(resolve(file));

  const source = readYaml(text);
  if (!("locate" in source)) {
    throw new ConfigError(
      file,
      "",
      `YAML syntax error at ${source.line}:${source.column}: ${source.message}`,
    );
  }
  const overrides: OverrideSource[] = [];
  const toError = (path: ConfigPath, problem: string) => configError(file, source, overrides, path, problem);
  const raise = (path: ConfigPath, problem: string): never => {
    throw toError(path, problem);
  };

  const data = source.data ?? {};
  if (!isMapping(data)) raise([], "expected a mapping at the top level");
  const interpolated = interpolateEnv(data, env, raise) as Record<string, unknown>;
  overrides.push(...applyEnvOverrides(interpolated, env, raise));

  const secrets = options.secrets ? new Set(options.secrets) : undefined;
  const result = configSchema({ env, baseDir, ...(secrets ? { secrets } : {}) }).safeParse(interpolated, {
    error: describeIssue,
  });
  if (!result.success) {
    const first = firstInFile(toProblems(result.error.issues), source);
    if (first) throw toError(first.path, first.problem);
    throw toError([], "invalid configuration");
  }
  const config: Config = result.data;
  const problem = checkConfig(config);
  if (problem) throw toError(problem.path, problem.problem);
  return config;
}

function firstInFile(problems: Problem[], source: YamlSource): Problem | undefined {
  const position = (entry: Problem) => source.locate(entry.path)?.offset ?? Number.POSITIVE_INFINITY;
  return problems
    .map((entry, index) => ({ entry, index, offset: position(entry) }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index)[0]?.entry;
}

/**
 * A value set by an environment variable is reported with that variable's name; one from the file
 * with its line, so the operator knows where to look either way.
 */
function configError(
  file: string,
  source: YamlSource,
  overrides: readonly OverrideSource[],
  path: ConfigPath,
  problem: string,
): ConfigError {
  const override = path.length > 0 ? overrides.findLast((entry) => startsWith(path, entry.path)) : undefined;
  let detail = problem;
  if (override) {
    if (!problem.includes(override.envVar)) detail += ` (set by ${override.envVar})`;
  } else if (!problem.includes(OVERRIDE_PREFIX)) {
    const location = source.locate(path);
    if (location) detail += ` (line ${location.line})`;
  }
  return new ConfigError(file, formatPath(path), detail);
}

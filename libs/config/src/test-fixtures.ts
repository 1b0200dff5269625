import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "@poststelle/errors";
import { parseConfig } from "./load.js";
import type { SecretScope } from "./secret.js";
import type { Config } from "./types.js";

/** The smallest valid config: one folder mailbox, two departments (one of them triage). */
export const MINIMAL = `
mailboxes:
  - id: shop
    kind: folder
    address: service@example.com
    path: mail
departments:
  - id: billing
    name: Billing
    description: Invoices and payments
  - id: triage
    name: Triage
    description: Low confidence
`;

// One temp root per test process, removed when it exits, so hundreds of cases leave nothing behind.
let scratchRoot: string | undefined;
let scratchCount = 0;

/** A directory to hold a config file and its secret files. */
export function scratchDir(files: Record<string, string> = {}): string {
  if (!scratchRoot) {
    const root = mkdtempSync(join(tmpdir(), "poststelle-config-"));
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
    scratchRoot = root;
  }
  const dir = join(scratchRoot, String(scratchCount++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function parse(text: string, env: NodeJS.ProcessEnv = {}, dir = scratchDir()): Config {
  return parseConfig(text, { file: join(dir, "poststelle.yaml"), env });
}

/**
 * Asserts that parsing fails with a ConfigError naming this file and key, and that the message
 * (`config.invalid: <file>: <key>: <problem>`) contains the problem.
 */
export function assertConfigError(
  text: string,
  expected: {
    key: string;
    problem: string | RegExp;
    env?: NodeJS.ProcessEnv;
    secrets?: readonly SecretScope[];
  },
): ConfigError {
  const dir = scratchDir();
  const file = join(dir, "poststelle.yaml");
  let caught: unknown;
  try {
    parseConfig(text, {
      file,
      env: expected.env ?? {},
      ...(expected.secrets ? { secrets: expected.secrets } : {}),
    });
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError, got ${String(caught)}`);
  assert.equal(caught.file, file);
  assert.equal(caught.key, expected.key, caught.message);
  const prefix = `config.invalid: ${file}: ${expected.key || "(root)"}: `;
  assert.ok(caught.message.startsWith(prefix), caught.message);
  const problem = caught.message.slice(prefix.length);
  if (typeof expected.problem === "string") assert.ok(problem.includes(expected.problem), problem);
  else assert.match(problem, expected.problem);
  return caught;
}

import { isAbsolute, resolve } from "node:path";
import * as z from "zod";
import type { SecretScope } from "./secret.js";

/**
 * Field builders shared by the schema files. Values may arrive as strings from `${VAR}`
 * interpolation (`port: ${IMAP_PORT:-993}`) or as numbers from YAML (`user: 12345`), so numeric and
 * boolean fields accept their string spelling and text fields accept numbers.
 */

/** Where relative paths and secret files are resolved, and where `{env: NAME}` looks. */
export interface ResolveContext {
  env: NodeJS.ProcessEnv;
  baseDir: string;
  /** The kinds of secret to read; the others are checked for form only. Absent: all. */
  secrets?: ReadonlySet<SecretScope>;
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

export function text() {
  return z.preprocess(
    (value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value),
    z.string().min(1),
  );
}

export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.preprocess(numberFromText, z.number().int().min(min).max(max));
}

export function decimal(min: number, max: number) {
  return z.preprocess(numberFromText, z.number().min(min).max(max));
}

export function port() {
  return integer(1, 65535);
}

/** A share between 0 and 1 (confidence thresholds). */
export function ratio() {
  return decimal(0, 1);
}

export function flag() {
  return z.preprocess((value) => {
    if (value === "true") return true;
    if (value === "false") return false;
    return value;
  }, z.boolean());
}

export function email() {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.email({ error: (issue) => describeBadString("an email address", issue.input) }),
  );
}

export function httpUrl() {
  return z.url({
    protocol: /^https?$/,
    error: (issue) => describeBadString("an http(s) URL", issue.input),
  });
}

/** A regular expression as text; it must compile with the `u` flag, which is how consumers compile it. */
export function pattern() {
  return z.string().superRefine((source, ctx) => {
    const problem = regexProblem(source);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, "u");
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "";
    return `invalid regular expression: ${reason}`;
  }
}

/** A file or directory path, made absolute against the config file's directory. */
export function path(ctx: ResolveContext) {
  return z
    .string()
    .min(1)
    .transform((value) => (isAbsolute(value) ? value : resolve(ctx.baseDir, value)));
}

/** Ids end up in NATS subjects, KV keys and metric labels: keep them to a safe alphabet. */
export function id(kind: string) {
  return z
    .string()
    .regex(/^[a-z][a-z0-9_-]*$/, {
      error: (issue) =>
        `${kind} ids use lowercase letters, digits, "-" and "_", starting with a letter; got ${JSON.stringify(issue.input)}`,
    })
    .max(64);
}

function numberFromText(value: unknown): unknown {
  return typeof value === "string" && NUMBER_TEXT.test(value.trim()) ? Number(value) : value;
}

function describeBadString(expected: string, input: unknown): string {
  return typeof input === "string"
    ? `expected ${expected}, got ${JSON.stringify(input)}`
    : `expected ${expected}`;
}

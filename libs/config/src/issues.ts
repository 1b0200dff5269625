import type * as z from "zod";
import type { ConfigPath } from "./paths.js";
import { closestWord } from "./suggest.js";

export const REQUIRED = "required key is missing";

/** One problem at one place, before it becomes a ConfigError. */
export interface Problem {
  path: ConfigPath;
  problem: string;
}

/**
 * zod error map: plain-language problems that an operator can act on. Values are quoted only when
 * short; secrets never reach here as plain strings (secret fields refuse inline values first).
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return REQUIRED;
      return `expected ${expectedType(issue.expected)}, got ${describeValue(issue.input)}`;
    case "too_small":
      return sizeProblem("at least", issue.minimum, issue.inclusive, issue.origin, issue.input);
    case "too_big":
      return sizeProblem("at most", issue.maximum, issue.inclusive, issue.origin, issue.input);
    case "invalid_value":
      return `expected ${oneOf(issue.values)}, got ${describeValue(issue.input)}`;
    case "invalid_union": {
      if (issue.discriminator === undefined) return "does not match any allowed form";
      const options = oneOf((issue as { options?: unknown[] }).options ?? []);
      const given = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
      return given === undefined
        ? `${REQUIRED} (${options})`
        : `expected ${options}, got ${describeValue(given)}`;
    }
    case "unrecognized_keys": {
      const known =
        isRecord(issue.inst) && isRecord(issue.inst["shape"]) ? Object.keys(issue.inst["shape"]) : [];
      // One message per key, split again in toProblems so each key gets its own path.
      return issue.keys.map((key) => unknownKey(key, known)).join("\n");
    }
    case "invalid_format":
      return `expected ${issue.format}, got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
};

export function unknownKey(key: string, known: readonly string[]): string {
  const hint = closestWord(key, known);
  return `unknown key ${JSON.stringify(key)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`;
}

/** zod issues → problems with exact paths; an unknown key gets the key itself in its path. */
export function toProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment) => typeof segment !== "symbol") as (string | number)[];
    if (issue.code === "unrecognized_keys") {
      const messages = issue.message.split("\n");
      issue.keys.forEach((key, index) => {
        problems.push({ path: [...path, key], problem: messages[index] ?? unknownKey(key, []) });
      });
    } else {
      problems.push({ path, problem: issue.message });
    }
  }
  // A misspelt key also shows up as its correct twin missing; the typo is the useful report.
  return problems.filter(
    (entry) =>
      entry.problem !== REQUIRED ||
      !problems.some(
        (other) =>
          other.problem.startsWith("unknown key") &&
          other.path.length === entry.path.length &&
          other.path.slice(0, -1).every((segment, index) => entry.path[index] === segment),
      ),
  );
}

/** `"a" or "b"`, or `one of "a", "b", "c"` for longer lists. */
function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length <= 2 ? quoted.join(" or ") : `one of ${quoted.join(", ")}`;
}

function expectedType(expected: string): string {
  switch (expected) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return expected;
  }
}

function sizeProblem(
  bound: "at least" | "at most",
  limit: number | bigint,
  inclusive: boolean | undefined,
  origin: string,
  input: unknown,
): string {
  if (origin === "array" || origin === "set") {
    return `must have ${bound} ${limit} ${limit === 1 ? "entry" : "entries"}`;
  }
  if (origin === "string") {
    return bound === "at least" && limit === 1
      ? "must not be empty"
      : `must be ${bound} ${limit} characters long`;
  }
  const comparison = inclusive === false ? (bound === "at least" ? "greater than" : "less than") : bound;
  return `must be ${comparison} ${limit}, got ${describeValue(input)}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

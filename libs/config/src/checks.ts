import type { Problem } from "./issues.js";
import { closestWord, listKnown } from "./suggest.js";
import type { Config } from "./types.js";

/**
 * Checks that span more than one key, run after the schema passed: unique ids, references to
 * departments that exist, and limits NATS would only reject at runtime. Returns the first problem.
 */
export function checkConfig(config: Config): Problem | undefined {
  return (
    duplicate(
      config.mailboxes.map((mailbox) => mailbox.id),
      "mailboxes",
      "id",
      "mailbox id",
    ) ??
    duplicate(
      config.departments.map((department) => department.id),
      "departments",
      "id",
      "department id",
    ) ??
    duplicate(
      config.rules.map((rule) => rule.name),
      "rules",
      "name",
      "rule name",
    ) ??
    duplicate(
      config.privacy.patterns.map((entry) => entry.name),
      "privacy.patterns",
      "name",
      "pattern name",
    ) ??
    duplicate(
      [config.vault.keyId, ...config.vault.previousKeys.map((entry) => entry.keyId)],
      "vault.previousKeys",
      "keyId",
      "vault key id",
      1,
    ) ??
    departmentReferences(config) ??
    natsProblem(config) ??
    stagesProblem(config)
  );
}

function duplicate(
  values: readonly string[],
  listPath: string,
  key: string,
  what: string,
  /** How many leading values are not list entries (vault.keyId before previousKeys). */
  offset = 0,
): Problem | undefined {
  const seen = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const first = seen.get(value);
    if (first !== undefined) {
      const where = first < offset ? "vault.keyId" : `${listPath}[${first - offset}]`;
      return {
        path: [...splitPath(listPath), index - offset, key],
        problem: `duplicate ${what} ${JSON.stringify(value)} (also at ${where})`,
      };
    }
    seen.set(value, index);
  }
  return undefined;
}

function departmentReferences(config: Config): Problem | undefined {
  const known = config.departments.map((department) => department.id);
  const problem = (id: string) => {
    const hint = closestWord(id, known);
    return `department ${JSON.stringify(id)} is not defined (${hint ? `did you mean ${JSON.stringify(hint)}? ` : ""}known: ${listKnown(known)})`;
  };
  for (const [index, rule] of config.rules.entries()) {
    if (!known.includes(rule.department)) {
      return { path: ["rules", index, "department"], problem: problem(rule.department) };
    }
  }
  if (!known.includes(config.triage.department)) {
    return { path: ["triage", "department"], problem: problem(config.triage.department) };
  }
  return undefined;
}

function natsProblem(config: Config): Problem | undefined {
  if (config.nats.password && !config.nats.user) {
    return { path: ["nats", "user"], problem: "required when nats.password is set" };
  }
  return undefined;
}

function stagesProblem(config: Config): Problem | undefined {
  const { backoffMs, maxDeliver } = config.stages;
  // nats-server refuses a consumer whose backoff list is not shorter than max_deliver.
  if (backoffMs.length >= maxDeliver) {
    return {
      path: ["stages", "backoffMs"],
      problem: `must have fewer entries than stages.maxDeliver (${maxDeliver}), got ${backoffMs.length}`,
    };
  }
  return undefined;
}

function splitPath(path: string): string[] {
  return path.split(".");
}

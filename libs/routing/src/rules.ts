import { ConfigError } from "@poststelle/errors";
import type { RoutableMail, RuleSpec } from "./types.js";

export interface RuleDecision {
  department: string;
  /** The name of the rule that matched. */
  rule: string;
}

type Matcher = (mail: RoutableMail) => boolean;

interface CompiledRule {
  name: string;
  department: string;
  matchers: Matcher[];
}

// Compiled once per rules array: routing runs per mail, configuration changes rarely.
const compiledRules = new WeakMap<readonly RuleSpec[], CompiledRule[]>();

/**
 * The first rule (in the given priority order) whose conditions all hold decides. Inside one
 * condition, any listed value may match. A rule without conditions matches nothing, so a broken
 * rule cannot swallow every mail.
 */
export function routeByRules(mail: RoutableMail, rules: readonly RuleSpec[]): RuleDecision | undefined {
  let compiled = compiledRules.get(rules);
  if (compiled === undefined) {
    compiled = rules.map(compileRule);
    compiledRules.set(rules, compiled);
  }
  for (const rule of compiled) {
    if (rule.matchers.length > 0 && rule.matchers.every((matches) => matches(mail))) {
      return { department: rule.department, rule: rule.name };
    }
  }
  return undefined;
}

function compileRule(rule: RuleSpec, index: number): CompiledRule {
  const key = `routing.rules[${index}].match`;
  const { match } = rule;
  const matchers: Matcher[] = [];
  if (match.to !== undefined) {
    const globs = match.to.map(globToRegExp);
    matchers.push((mail) => mail.recipients.some((address) => anyMatch(globs, address.trim())));
  }
  if (match.from !== undefined) {
    const globs = match.from.map(globToRegExp);
    matchers.push((mail) => mail.fromAddress !== undefined && anyMatch(globs, mail.fromAddress.trim()));
  }
  if (match.fromDomain !== undefined) {
    const domains = match.fromDomain.map((domain) => domain.toLowerCase().replace(/^\*?\.|\.$/g, ""));
    matchers.push((mail) => {
      const domain = mail.fromDomain.toLowerCase().replace(/\.$/, "");
      return domain !== "" && domains.some((wanted) => domain === wanted || domain.endsWith(`.${wanted}`));
    });
  }
  if (match.subject !== undefined) {
    const pattern = userRegExp(match.subject, `${key}.subject`);
    matchers.push((mail) => pattern.test(mail.subject));
  }
  if (match.header !== undefined) {
    const name = match.header.name.toLowerCase();
    const pattern = userRegExp(match.header.pattern, `${key}.header.pattern`);
    matchers.push((mail) =>
      Object.entries(mail.headers).some(
        ([header, value]) => header.toLowerCase() === name && pattern.test(value),
      ),
    );
  }
  if (match.attachmentType !== undefined) {
    const globs = match.attachmentType.map(globToRegExp);
    matchers.push((mail) => mail.attachmentTypes.some((type) => anyMatch(globs, bareContentType(type))));
  }
  return { name: rule.name, department: rule.department, matchers };
}

function anyMatch(patterns: RegExp[], value: string): boolean {
  return patterns.some((pattern) => pattern.test(value));
}

/** "*" matches any run of characters, "?" one character; everything else literally, ignoring case. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .trim()
    .split("")
    .map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

/** "application/pdf; name=x.pdf" → "application/pdf" */
function bareContentType(type: string): string {
  return (type.split(";")[0] ?? "").trim().toLowerCase();
}

function userRegExp(source: string, key: string): RegExp {
  try {
    return new RegExp(source, "i");
  } catch {
    throw new ConfigError("routing rules", key, "not a valid regular expression");
  }
}

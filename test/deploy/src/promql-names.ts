import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The PromQL queries deploy/ ships, and the metric names they use. */

const PROMQL_WORDS = new Set([
  "sum",
  "min",
  "max",
  "avg",
  "count",
  "stddev",
  "topk",
  "bottomk",
  "quantile",
  "by",
  "without",
  "rate",
  "irate",
  "increase",
  "delta",
  "deriv",
  "histogram_quantile",
  "clamp_min",
  "clamp_max",
  "abs",
  "and",
  "or",
  "unless",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "offset",
  "time",
  "vector",
  "scalar",
  "absent",
  "label_replace",
  "sort",
  "sort_desc",
  "humanizePercentage",
]);

/** Metric names in a PromQL expression: label matchers, by-clauses, durations and numbers removed. */
export function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/(^|[^A-Za-z0-9_:])\d+(\.\d+)?(e[+-]?\d+)?/gi, "$1 ");
  const names = new Set<string>();
  for (const match of stripped.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const word = match[0];
    const next = stripped.slice((match.index ?? 0) + word.length).trimStart();
    if (PROMQL_WORDS.has(word)) continue;
    if (next.startsWith("(")) continue; // a function call
    names.add(word);
  }
  return [...names];
}

export interface Query {
  readonly where: string;
  readonly expr: string;
}

// biome-ignore lint/suspicious/noExplicitAny: dashboard JSON, read structurally
type Loose = any;

export function dashboardQueries(dir: string): Query[] {
  const queries: Query[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const dashboard: Loose = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const panel of dashboard.panels ?? []) {
      for (const target of panel.targets ?? []) {
        if (typeof target.expr === "string")
          queries.push({ where: `${file}: ${panel.title}`, expr: target.expr });
      }
    }
  }
  return queries;
}

export function alertQueries(file: string): Query[] {
  const rules: Loose = parse(readFileSync(file, "utf8"));
  return rules.groups.flatMap((group: Loose) =>
    group.rules.map((rule: Loose) => ({ where: `alert ${rule.alert}`, expr: String(rule.expr) })),
  );
}

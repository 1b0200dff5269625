import { parse } from "yaml";
import { isMapping } from "./interpolate.js";
import { type ConfigPath, formatPath, type Raise } from "./paths.js";

export const OVERRIDE_PREFIX = "POSTSTELLE__";

/** Which environment variable set (or created) which part of the tree, to name it in errors. */
export interface OverrideSource {
  path: ConfigPath;
  envVar: string;
}

/**
 * Applies `POSTSTELLE__NATS__SERVERS='["nats://a:4222"]'`-style overrides, the Kubernetes way of
 * changing one value without a new ConfigMap: segments split on `__`, SNAKE_CASE becomes camelCase,
 * numeric segments index lists, and the value is read as YAML so numbers, booleans and flow lists
 * keep their type. Variables apply in path order, so a whole list is set before one of its items.
 * Unknown keys are left for the schema to reject; the returned sources let that error name the
 * variable.
 */
export function applyEnvOverrides(
  root: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  raise: Raise,
): OverrideSource[] {
  const sources: OverrideSource[] = [];
  const names = Object.keys(env)
    .filter((name) => name.startsWith(OVERRIDE_PREFIX))
    .sort(byPath);
  for (const envVar of names) {
    const segments = envVar.slice(OVERRIDE_PREFIX.length).split("__");
    if (segments.some((segment) => !/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(segment))) {
      raise([], `environment variable ${envVar}: expected KEY__KEY__… in upper case, separated by "__"`);
    }
    const path = segments.map(toPathSegment);
    const value = parseOverrideValue(env[envVar] ?? "", envVar, raise);
    setAtPath(root, path, value, envVar, raise, sources);
    sources.push({ path, envVar });
  }
  return sources;
}

/** Parents before children, list items in index order (`__2` before `__10`). */
function byPath(a: string, b: string): number {
  const left = a.split("__");
  const right = b.split("__");
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

function toPathSegment(segment: string): string | number {
  if (/^\d+$/.test(segment)) return Number(segment);
  return segment.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function parseOverrideValue(text: string, envVar: string, raise: Raise): unknown {
  try {
    return parse(text);
  } catch {
    return raise([], `environment variable ${envVar}: the value is not a valid YAML scalar or flow value`);
  }
}

function setAtPath(
  root: Record<string, unknown>,
  path: ConfigPath,
  value: unknown,
  envVar: string,
  raise: Raise,
  sources: OverrideSource[],
): void {
  let container: Record<string, unknown> | unknown[] = root;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    const here = path.slice(0, index + 1);
    const isLast = index === path.length - 1;
    if (Array.isArray(container)) {
      if (typeof segment !== "number") {
        raise(path.slice(0, index), `${envVar}: this is a list, so the next segment must be an index`);
      }
      if (segment > container.length) {
        raise(here, `${envVar}: index ${segment} is past the end of the list (length ${container.length})`);
      }
    } else if (typeof segment === "number") {
      raise(
        here,
        `${envVar}: ${formatPath(path.slice(0, index)) || "the top level"} is a mapping, not a list`,
      );
    }
    const slot = container as Record<string | number, unknown>;
    if (isLast) {
      slot[segment] = value;
      return;
    }
    let next = slot[segment];
    if (next === undefined || next === null) {
      next = typeof path[index + 1] === "number" ? [] : {};
      slot[segment] = next;
      sources.push({ path: here, envVar });
    }
    if (!Array.isArray(next) && !isMapping(next)) {
      raise(here, `${envVar} sets a key below ${formatPath(here)}, which is a single value`);
    }
    container = next as Record<string, unknown> | unknown[];
  }
}

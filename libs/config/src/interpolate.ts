import type { ConfigPath, Raise } from "./paths.js";

/** `${NAME}`, `${NAME:-fallback}`, or `$${` for a literal `${`. */
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{/g;

/**
 * Replaces `${NAME}` and `${NAME:-fallback}` in every string value (keys stay as written). Like a
 * shell, `:-` also applies when the variable is set but empty. Results stay strings; numeric and
 * boolean fields accept their string spelling, so `port: ${IMAP_PORT:-993}` works.
 */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  raise: Raise,
  path: ConfigPath = [],
): unknown {
  if (typeof value === "string") return interpolateString(value, env, raise, path);
  if (Array.isArray(value))
    return value.map((item, index) => interpolateEnv(item, env, raise, [...path, index]));
  if (isMapping(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      result[key] = interpolateEnv(item, env, raise, [...path, key]);
    return result;
  }
  return value;
}

function interpolateString(text: string, env: NodeJS.ProcessEnv, raise: Raise, path: ConfigPath): string {
  if (!text.includes("${")) return text;
  return text.replace(REFERENCE, (whole, name: string | undefined, fallback: string | undefined) => {
    if (whole === "$${") return "${";
    if (name === undefined) {
      return raise(
        path,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: ${NAME} is the config syntax being explained
        "malformed ${…} reference; write ${NAME} or ${NAME:-default}, or $${ for a literal ${",
      );
    }
    const fromEnv = env[name];
    if (fallback !== undefined) return fromEnv === undefined || fromEnv === "" ? fallback : fromEnv;
    if (fromEnv === undefined) {
      return raise(
        path,
        `environment variable ${name} is not set (write \${${name}:-default} to give a default)`,
      );
    }
    return fromEnv;
  });
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

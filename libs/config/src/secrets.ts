import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import * as z from "zod";
import type { ResolveContext } from "./fields.js";
import { Secret, type SecretScope } from "./secret.js";
import { closestWord } from "./suggest.js";

const INLINE_SECRET = "inline secrets are not accepted; use {env: NAME} or {file: PATH}";
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks a resolved secret's value; returns a problem text that must not quote the value. */
export type SecretCheck = (value: string) => string | undefined;

/**
 * A secret field: `{ env: NAME }` or `{ file: PATH }`, resolved to a `Secret` while the config is
 * parsed. Inline strings are refused so credentials never sit in a file that ends up in git or a
 * ConfigMap. No problem text ever contains the secret's value. Outside the scopes being loaded the
 * reference is checked for form but not read, so a process needs only its own credentials.
 */
export function secret(ctx: ResolveContext, scope: SecretScope, check?: SecretCheck) {
  return z.unknown().transform((input, zctx) => {
    const fail = (message: string, path: string[] = []) => {
      zctx.addIssue({ code: "custom", message, path });
      return z.NEVER;
    };
    if (input === undefined) return fail("required key is missing");
    if (typeof input === "string" || typeof input === "number") return fail(INLINE_SECRET);
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return fail("expected {env: NAME} or {file: PATH}");
    }
    const reference = input as Record<string, unknown>;
    for (const key of Object.keys(reference)) {
      if (key !== "env" && key !== "file") {
        const hint = closestWord(key, ["env", "file"]);
        return fail(`unknown key ${JSON.stringify(key)}${hint ? ` (did you mean "${hint}"?)` : ""}`, [key]);
      }
    }
    const { env: envName, file } = reference;
    if ((envName === undefined) === (file === undefined)) return fail("expected exactly one of env or file");
    if (envName !== undefined && (typeof envName !== "string" || !ENV_NAME.test(envName))) {
      return fail("expected an environment variable name", ["env"]);
    }
    if (file !== undefined && (typeof file !== "string" || file === "")) {
      return fail("expected a file path", ["file"]);
    }
    if (ctx.secrets !== undefined && !ctx.secrets.has(scope)) return Secret.notLoaded(scope);

    let value: string;
    if (typeof envName === "string") {
      const fromEnv = ctx.env[envName];
      if (fromEnv === undefined || fromEnv === "") {
        return fail(`environment variable ${envName} is not set`);
      }
      value = fromEnv;
    } else {
      const path = file as string;
      const absolute = isAbsolute(path) ? path : resolve(ctx.baseDir, path);
      try {
        value = readFileSync(absolute, "utf8").trim();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
        return fail(`cannot read secret file ${JSON.stringify(absolute)} (${code})`);
      }
      if (value === "") return fail(`secret file ${JSON.stringify(absolute)} is empty`);
    }
    const problem = check?.(value);
    if (problem) return fail(problem);
    return new Secret(value);
  });
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The vault encrypts with AES-256-GCM: the key is exactly 32 bytes, given as base64. */
export const vaultKeyCheck: SecretCheck = (value) => {
  if (!BASE64.test(value) || value.length % 4 !== 0)
    return "expected base64 of 32 bytes, but the value is not base64";
  const bytes = Buffer.from(value, "base64").length;
  return bytes === 32 ? undefined : `expected base64 of 32 bytes, got ${bytes} bytes`;
};

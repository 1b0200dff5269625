import { inspect } from "node:util";
import { PermanentError } from "@poststelle/errors";

const REDACTED = "[secret]";

/**
 * The kinds of credential a config holds. A process loads only the kinds it uses (see
 * `SECRETS_BY_SERVICE`), so a pod is given only those and no other service's credentials.
 */
export const SECRET_SCOPES = ["nats", "mail", "llm", "privacy", "vault"] as const;
export type SecretScope = (typeof SECRET_SCOPES)[number];

/**
 * The secrets each service reads: `poststelle run <service>` loads only these, and the Helm chart
 * and the compose file hand each pod only these.
 */
export const SECRETS_BY_SERVICE: Readonly<Record<string, readonly SecretScope[]>> = {
  ingest: ["nats", "mail"],
  mask: ["nats", "vault", "privacy"],
  classify: ["nats", "llm"],
  draft: ["nats", "llm"],
  unmask: ["nats", "mail", "privacy"],
};

/**
 * A credential resolved at load time. It renders as "[secret]" everywhere a config object can end
 * up (template strings, JSON, util.inspect, console.log), so logging a whole config is safe; only
 * `reveal()` hands out the value, which makes every use greppable.
 */
export class Secret {
  readonly #value: string | undefined;
  readonly #scope: SecretScope | undefined;

  constructor(value: string | { notLoaded: SecretScope }) {
    if (typeof value === "string") this.#value = value;
    else this.#scope = value.notLoaded;
  }

  /** A reference this process does not load: checked for its form, never read. */
  static notLoaded(scope: SecretScope): Secret {
    return new Secret({ notLoaded: scope });
  }

  /** False for a secret outside the scopes this process loaded. */
  get loaded(): boolean {
    return this.#value !== undefined;
  }

  reveal(): string {
    if (this.#value === undefined) {
      throw new PermanentError(
        "config.secret_not_loaded",
        `a ${this.#scope} secret was used, but this process does not load ${this.#scope} secrets`,
      );
    }
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

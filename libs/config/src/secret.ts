import { inspect } from "node:util";

const REDACTED = "[secret]";

/**
 * A credential resolved at load time. It renders as "[secret]" everywhere a config object can end
 * up (template strings, JSON, util.inspect, console.log), so logging a whole config is safe; only
 * `reveal()` hands out the value, which makes every use greppable.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
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

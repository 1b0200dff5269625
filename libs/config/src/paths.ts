/** A location inside the config tree: keys and array indexes, e.g. ["mailboxes", 0, "host"]. */
export type ConfigPath = readonly (string | number)[];

/** `mailboxes[0].auth.password`, the form every ConfigError uses for its key. */
export function formatPath(path: ConfigPath): string {
  let text = "";
  for (const segment of path) {
    text += typeof segment === "number" ? `[${segment}]` : text === "" ? segment : `.${segment}`;
  }
  return text;
}

export function startsWith(path: ConfigPath, prefix: ConfigPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/** Reports a problem at a path and never returns; load.ts turns it into a ConfigError. */
export type Raise = (path: ConfigPath, problem: string) => never;

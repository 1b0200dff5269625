import { resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** One `poststelle <name>` subcommand: its own options, help text and entry point. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage and options, printed by `poststelle <name> --help`. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Resolves to the process exit code. */
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...command.options, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  return { values, positionals };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** The `--data-dir` of `run` and the commands that find what it left there; absolute. */
export function dataDirOption(args: ParsedArgs): string {
  return resolve(stringOption(args, "data-dir") ?? ".poststelle");
}

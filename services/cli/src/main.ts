import { PoststelleError } from "@poststelle/errors";
import { type Command, type CommandIo, parseCommandArgs } from "./command.js";
import { commands } from "./commands/index.js";

function overview(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    "Usage: poststelle <command> [options]",
    "",
    "Self-hosted AI triage and drafting for shared mailboxes; personal data is masked before any model sees it.",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `poststelle <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${overview(commands)}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`poststelle: unknown command "${name}"\n\n${overview(commands)}\n`);
    return 2;
  }
  let args: ReturnType<typeof parseCommandArgs>;
  try {
    args = parseCommandArgs(command, rest);
  } catch (error) {
    io.stderr.write(`poststelle ${name}: ${(error as Error).message}\n\n${command.help}\n`);
    return 2;
  }
  if (args.values["help"]) {
    io.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // Our errors carry PII-free messages; anything else is reported by its class only.
    const message =
      error instanceof PoststelleError ? error.message : `unexpected ${(error as Error)?.name ?? "error"}`;
    io.stderr.write(`poststelle ${name}: ${message}\n`);
    if (!(error instanceof PoststelleError) && io.env["POSTSTELLE_DEBUG"]) console.error(error);
    return 1;
  }
}

/** Entry point of the `poststelle` binary. */
export function runFromProcess(): void {
  const io: CommandIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

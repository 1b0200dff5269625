import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";

/** `poststelle run <service|all>` as a real child process, so a test can SIGKILL it like the kernel would. */
const BIN = fileURLToPath(new URL("../../../services/cli/bin/poststelle.js", import.meta.url));

export interface ChildPoststelle {
  readonly pid: number;
  /** True once the process has ended, by a signal or on its own. */
  readonly exited: boolean;
  /** SIGKILL, no goodbye: in-flight messages are neither acked nor finished. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful stop. */
  stop(): Promise<void>;
}

export function startChildPoststelle(options: {
  configFile: string;
  dataDir: string;
  env: Record<string, string>;
  logFile: string;
  /** Default "all". */
  service?: string;
}): ChildPoststelle {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, "run", options.service ?? "all", "--config", options.configFile, "--data-dir", options.dataDir],
    { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const send = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    pid: child.pid ?? -1,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    kill: () => send("SIGKILL"),
    stop: () => send("SIGTERM"),
  };
}

import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trackChild, trackDir, untrackDir } from "./cleanup.js";
import { dockerAvailable, startNatsContainer } from "./containers.js";
import { freePort } from "./ports.js";
import {
  endProcess,
  findExecutable,
  hasExited,
  logSize,
  lostPortRace,
  waitForExit,
  waitUntilReady,
} from "./server-process.js";

export interface NatsServer {
  /** "nats://127.0.0.1:<port>" */
  readonly url: string;
  readonly port: number;
  /** JetStream store, kept across restart(). */
  readonly storeDir: string;
  readonly logFile: string;
  /**
   * Sends the signal (default SIGKILL); resolves when the process has exited. SIGSTOP/SIGCONT
   * resolve at once: they freeze and thaw the server, e.g. to make it hang for timeout tests.
   */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts again on the same port and store dir (killing a running server first); resolves when ready. */
  restart(): Promise<void>;
  /** Kills the server and removes its temp dir; idempotent. */
  stop(): Promise<void>;
}

export interface NatsOptions {
  /** Enable JetStream; default true. */
  readonly jetstream?: boolean;
  /** Extra nats-server config text appended to the generated file (accounts, authorization, ...). */
  readonly config?: string;
  /** Readiness timeout per start; default 10 000 ms. */
  readonly startTimeoutMs?: number;
}

/** The config both the local and the container server run with. */
export function natsConfig(listen: string, storeDir: string, options: NatsOptions): string {
  const lines = [`listen: "${listen}"`, `server_name: "poststelle-test"`];
  if (options.jetstream ?? true) lines.push(`jetstream {`, `  store_dir: "${storeDir}"`, `}`);
  if (options.config !== undefined) lines.push(options.config);
  return `${lines.join("\n")}\n`;
}

function natsBinary(): string {
  const binary = findExecutable("nats-server", ["/usr/sbin/nats-server", "/usr/bin/nats-server"]);
  if (binary === undefined) {
    throw new Error("nats-server is not installed; run: apt-get install -y nats-server");
  }
  return binary;
}

/** A real nats-server (JetStream on by default) on a random port; in a container where Docker is usable. */
export async function startNats(options: NatsOptions = {}): Promise<NatsServer> {
  if (await dockerAvailable()) return startNatsContainer(options);
  return startLocalNats(options);
}

export async function startLocalNats(options: NatsOptions = {}): Promise<NatsServer> {
  const binary = natsBinary();
  const dir = await mkdtemp(join(tmpdir(), "poststelle-nats-"));
  trackDir(dir);
  const storeDir = join(dir, "jetstream");
  mkdirSync(storeDir);
  const logFile = join(dir, "nats.log");
  const configFile = join(dir, "nats.conf");
  let port = 0;

  let child: ChildProcess | undefined;
  let stopped = false;

  const launch = async (): Promise<void> => {
    const logOffset = logSize(logFile);
    // Output goes straight to the file, so config errors before logging starts are kept too.
    const logFd = openSync(logFile, "a");
    try {
      child = spawn(binary, ["-c", configFile], { stdio: ["ignore", logFd, logFd] });
    } finally {
      closeSync(logFd);
    }
    trackChild(child);
    try {
      await waitUntilReady({
        name: "nats-server",
        child,
        logFile,
        logOffset,
        host: "127.0.0.1",
        ports: [port],
        readyText: "Server is ready",
        timeoutMs: options.startTimeoutMs ?? 10_000,
      });
    } catch (error) {
      await endProcess(child, "SIGKILL");
      throw error;
    }
  };

  const kill = async (signal: NodeJS.Signals = "SIGKILL"): Promise<void> => {
    if (child === undefined || hasExited(child)) return;
    child.kill(signal);
    if (signal === "SIGSTOP" || signal === "SIGCONT") {
      // The kernel applies the signal a moment later; a test that acts at once must find it done.
      if (child.pid !== undefined) await untilStopped(child.pid, signal === "SIGSTOP");
      return;
    }
    await waitForExit(child);
  };

  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    writeFileSync(configFile, natsConfig(`127.0.0.1:${port}`, storeDir, options));
    const logOffset = logSize(logFile);
    try {
      await launch();
      break;
    } catch (error) {
      if (attempt < 3 && lostPortRace(logFile, logOffset)) continue;
      rmSync(dir, { recursive: true, force: true });
      untrackDir(dir);
      throw error;
    }
  }

  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    logFile,
    kill,
    async restart() {
      if (stopped) throw new Error("nats-server was stopped; start a new one instead of restarting");
      // A graceful stop flushes JetStream; SIGKILL only if it hangs.
      if (child !== undefined) await endProcess(child, "SIGTERM");
      await launch();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      untrackDir(dir);
    },
  };
}

/** Waits (up to a second) until /proc shows the process stopped, or running again; at once without /proc. */
async function untilStopped(pid: number, stopped: boolean): Promise<void> {
  const deadline = Date.now() + 1_000;
  while (Date.now() < deadline) {
    let state: string;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    } catch {
      return;
    }
    if ((state === "T" || state === "t") === stopped) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

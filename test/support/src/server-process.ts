import type { ChildProcess } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** The first executable among the fixed candidates, then the same name on PATH. */
export function findExecutable(name: string, candidates: readonly string[]): string | undefined {
  const pathDirs = (process.env["PATH"] ?? "").split(delimiter).filter((dir) => dir !== "");
  for (const file of [...candidates, ...pathDirs.map((dir) => join(dir, name))]) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here; try the next one
    }
  }
  return undefined;
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves once the process has exited (at once if it already has). */
export function waitForExit(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Sends `signal`, then SIGKILL if the process is still there after graceMs; resolves on exit. */
export async function endProcess(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs = 5_000,
): Promise<void> {
  if (hasExited(child)) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await waitForExit(child);
  clearTimeout(timer);
}

export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log written)";
  }
}

function logSince(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString("utf8");
  } catch {
    return "";
  }
}

/**
 * True when the run that started at `offset` failed to bind: freePort() only says a port was
 * free a moment ago, another process may take it before the server binds.
 */
export function lostPortRace(file: string, offset: number): boolean {
  return /address already in use/i.test(logSince(file, offset));
}

/** Current size of a log file, to remember where the next run's output begins. */
export function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function tcpAccepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** True once the server sends a first line matching `pattern` within `timeoutMs`. */
export function greets(host: string, port: number, pattern: RegExp, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let received = "";
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
      const newline = received.indexOf("\n");
      if (newline >= 0) finish(pattern.test(received.slice(0, newline)));
    });
    socket.once("error", () => finish(false));
    socket.once("close", () => finish(false));
  });
}

export interface ReadinessCheck {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly host: string;
  readonly ports: readonly number[];
  /** A line the server logs once it serves; checked in addition to the TCP ports. */
  readonly readyText?: string;
  /** Where this run's output starts in logFile, so a restart does not match the previous run. */
  readonly logOffset?: number;
  readonly timeoutMs?: number;
  /** A protocol-level check run once the ports accept, e.g. reading a greeting. */
  readonly probe?: () => Promise<boolean>;
}

/** Polls until the server logs readiness and accepts TCP on every port; fails with the log tail. */
export async function waitUntilReady(check: ReadinessCheck): Promise<void> {
  const deadline = Date.now() + (check.timeoutMs ?? 10_000);
  for (;;) {
    if (hasExited(check.child)) {
      throw new Error(
        `${check.name} exited during start (code ${check.child.exitCode}, signal ${check.child.signalCode}); log tail:\n${logTail(check.logFile)}`,
      );
    }
    const logged =
      check.readyText === undefined ||
      logSince(check.logFile, check.logOffset ?? 0).includes(check.readyText);
    if (logged) {
      const accepted = await Promise.all(check.ports.map((port) => tcpAccepts(check.host, port)));
      if (accepted.every(Boolean) && (check.probe === undefined || (await check.probe()))) return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${check.name} not ready after ${check.timeoutMs ?? 10_000} ms; log tail:\n${logTail(check.logFile)}`,
      );
    }
    await sleep(25);
  }
}

import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

/*
 * Servers started by tests must not outlive the test process, even when a test forgets stop()
 * or the runner kills the process: everything started is tracked here and removed on exit.
 */
const children = new Map<ChildProcess, NodeJS.Signals>();
const dirs = new Set<string>();
let hooked = false;

function removeAll(): void {
  for (const [child, signal] of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
  children.clear();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once("exit", removeAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Only take over a signal nobody else handles, and re-raise it so the exit status stays honest.
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      removeAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Kills the child with `exitSignal` when this process exits. */
export function trackChild(child: ChildProcess, exitSignal: NodeJS.Signals = "SIGKILL"): void {
  hookExit();
  children.set(child, exitSignal);
  child.once("exit", () => children.delete(child));
}

export function trackDir(dir: string): void {
  hookExit();
  dirs.add(dir);
}

export function untrackDir(dir: string): void {
  dirs.delete(dir);
}

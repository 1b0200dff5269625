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
  for (const dir of dirs) removeDir(dir);
  dirs.clear();
}

/*
 * A server that was just signalled may still be writing into its dir (Dovecot's processes leave
 * state files on the way down), so a pass can meet ENOTEMPTY: take the tree again a few times,
 * and never throw from an exit handler, where an exception would replace the re-raised signal.
 */
function removeDir(dir: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt === 20) {
        process.stderr.write(`could not remove ${dir}: ${(error as Error).message}\n`);
        return;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
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

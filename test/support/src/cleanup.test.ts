import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { tcpAccepts } from "./server-process.js";

interface Started {
  natsPort: number;
  natsStore: string;
  dovecotPort: number;
  dovecotLog: string;
}

/** Starts NATS and Dovecot in a child process that never calls stop(), then ends it. */
async function startAndAbandon(end: "exit" | "SIGTERM"): Promise<Started> {
  const script = `
    const { startNats, startDovecot } = await import(${JSON.stringify(new URL("./index.js", import.meta.url).href)});
    const nats = await startNats();
    const dovecot = await startDovecot();
    console.log(JSON.stringify({ natsPort: nats.port, natsStore: nats.storeDir, dovecotPort: dovecot.port, dovecotLog: dovecot.logFile }));
    if (${JSON.stringify(end)} === "exit") process.exit(0);
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.setEncoding("utf8");
  const started = await new Promise<Started>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      if (out.includes("\n")) resolve(JSON.parse(out) as Started);
    });
    child.once("exit", (code) => reject(new Error(`child exited early with ${code}`)));
  });
  if (end === "SIGTERM") child.kill("SIGTERM");
  const [, signal] = await new Promise<[number | null, string | null]>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve([child.exitCode, child.signalCode]);
    else child.once("exit", (code, sig) => resolve([code, sig]));
  });
  if (end === "SIGTERM") assert.equal(signal, "SIGTERM", "the signal is re-raised after clean-up");
  return started;
}

async function assertGone(started: Started): Promise<void> {
  // Dovecot gets SIGTERM and needs about a second to take its process tree down.
  const deadline = Date.now() + 5_000;
  while (
    (await tcpAccepts("127.0.0.1", started.natsPort)) ||
    (await tcpAccepts("127.0.0.1", started.dovecotPort))
  ) {
    assert.ok(Date.now() < deadline, "a server outlived the process that started it");
    await sleep(50);
  }
  assert.equal(existsSync(started.natsStore), false);
  assert.equal(existsSync(started.dovecotLog), false);
}

describe("servers started by a test process", () => {
  it("are stopped and their temp dirs removed when the process exits without stop()", async () => {
    const started = await startAndAbandon("exit");
    await assertGone(started);
  });

  it("are stopped when the process is ended with SIGTERM", async () => {
    await assertGone(await startAndAbandon("SIGTERM"));
  });
});

import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";
import { ConfigError } from "@poststelle/errors";
import { notedEndpoint, noteEndpoint } from "./noted-endpoint.js";

export interface EmbeddedNats {
  readonly url: string;
  stop(): Promise<void>;
}

function findNatsServer(): string | undefined {
  const dirs = ["/usr/sbin", "/usr/bin", ...(process.env["PATH"] ?? "").split(delimiter)];
  for (const dir of dirs.filter(Boolean)) {
    const file = join(dir, "nats-server");
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * A nats-server with JetStream on loopback for the demo and `run all` on one machine, so a
 * newcomer needs nothing running beforehand. Production points `nats.servers` at a cluster.
 */
export async function startEmbeddedNats(dataDir: string, startTimeoutMs = 10_000): Promise<EmbeddedNats> {
  const binary = findNatsServer();
  if (!binary) {
    throw new ConfigError(
      "(embedded defaults)",
      "nats.embedded",
      "nats-server was not found on the PATH; install it (Debian/Ubuntu: apt-get install -y nats-server) or set nats.servers",
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(binary, ["-js", "-sd", dataDir, "-a", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error("nats-server did not become ready")), startTimeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
      if (log.includes("Server is ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited with code ${code} before it was ready`));
    });
  });
  child.stderr?.resume();
  const url = `nats://127.0.0.1:${port}`;
  // For the operator commands (deadletters, audit), which cannot know the random port otherwise.
  noteEndpoint(urlFile(dataDir), url);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        rmSync(urlFile(dataDir), { force: true });
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const urlFile = (dataDir: string) => join(dataDir, "url");

/** The URL of the embedded nats-server running on `dataDir`, if one is (or crashed without cleaning up). */
export function embeddedNatsUrl(dataDir: string): string | undefined {
  return notedEndpoint(urlFile(dataDir));
}

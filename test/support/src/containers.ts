import { execFile } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trackDir, untrackDir } from "./cleanup.js";
import type { DovecotOptions, DovecotRuntime } from "./dovecot.js";
import { dovecotFiles, dovecotPaths, serverOptions } from "./dovecot-config.js";
import type { NatsOptions, NatsServer } from "./nats.js";
import { natsConfig } from "./nats.js";
import { freePort } from "./ports.js";
import { tcpAccepts } from "./server-process.js";
import { createSelfSignedCertificate } from "./tls-certificate.js";

/*
 * Where a Docker engine is reachable, the same servers run through testcontainers (CI machines
 * without nats-server/dovecot packages). This machine has no engine, so the local path is the one
 * exercised by the suite; this file stays small on purpose. testcontainers is imported lazily so
 * the local path never loads it.
 */

export const natsImage = "nats:2.10-alpine";

let dockerCheck: Promise<boolean> | undefined;

/** The one place that decides between containers and local processes; checked once per process. */
export function dockerAvailable(): Promise<boolean> {
  dockerCheck ??= detectDocker();
  return dockerCheck;
}

async function detectDocker(): Promise<boolean> {
  if (process.env["POSTSTELLE_TEST_DOCKER"] === "0") return false;
  if (await dockerInfoSucceeds()) return true;
  const host = process.env["DOCKER_HOST"] ?? "";
  const tcp = /^tcp:\/\/([^:/]+):(\d+)/.exec(host);
  if (tcp !== null) return tcpAccepts(tcp[1]!, Number(tcp[2]));
  if (host === "" && !existsSync("/var/run/docker.sock")) return false;
  // A socket without the docker CLI: let testcontainers try its own discovery.
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

function dockerInfoSucceeds(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile("docker", ["info", "--format", "{{.ServerVersion}}"], { timeout: 5_000 }, (error) =>
      resolve(error === null),
    );
  });
}

export async function startNatsContainer(options: NatsOptions = {}): Promise<NatsServer> {
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import("testcontainers");
  const dir = await mkdtemp(join(tmpdir(), "poststelle-nats-"));
  trackDir(dir);
  const storeDir = join(dir, "jetstream");
  mkdirSync(storeDir);
  const logFile = join(dir, "nats.log");
  const port = await freePort();
  const container = await new GenericContainer(natsImage)
    // A fixed host port, so restart() keeps the URL clients were given.
    .withExposedPorts({ container: 4222, host: port })
    .withBindMounts([{ source: storeDir, target: "/data" }])
    .withCopyContentToContainer([
      { content: natsConfig("0.0.0.0:4222", "/data", options), target: "/etc/nats/test.conf" },
    ])
    .withCommand(["nats-server", "-c", "/etc/nats/test.conf"])
    .withLogConsumer((stream) => stream.pipe(createWriteStream(logFile, { flags: "a" })))
    .withWaitStrategy(Wait.forLogMessage("Server is ready"))
    .withStartupTimeout(options.startTimeoutMs ?? 30_000)
    .start();
  const client = await getContainerRuntimeClient();
  const raw = client.container.getById(container.getId());
  let stopped = false;
  const kill = async (signal: NodeJS.Signals = "SIGKILL"): Promise<void> => {
    const state = await raw.inspect();
    if (!state.State.Running) return;
    await raw.kill({ signal });
    if (signal !== "SIGSTOP" && signal !== "SIGCONT") await raw.wait();
  };
  return {
    url: `nats://${container.getHost()}:${port}`,
    port,
    storeDir,
    logFile,
    kill,
    async restart() {
      await kill("SIGTERM");
      await raw.start();
      const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
      while (!(await tcpAccepts(container.getHost(), port))) {
        if (Date.now() > deadline) throw new Error("nats container not ready after restart");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await container.stop({ timeout: 0 });
      rmSync(dir, { recursive: true, force: true });
      untrackDir(dir);
    },
  };
}

export const dovecotImage = "dovecot/dovecot:2.3.21";
const containerDir = "/srv/poststelle";

export async function startDovecotContainer(options: DovecotOptions = {}): Promise<DovecotRuntime> {
  const { GenericContainer, Wait } = await import("testcontainers");
  const dir = await mkdtemp(join(tmpdir(), "poststelle-dovecot-"));
  trackDir(dir);
  const paths = dovecotPaths(containerDir);
  const hostPaths = dovecotPaths(dir);
  const port = await freePort();
  const tlsPort = options.tls === true ? await freePort() : undefined;
  const layout = { dir: containerDir, instanceName: "poststelle", listen: "*", logPath: "/dev/stderr" };
  const server = serverOptions(options);
  let introspectionUrl = server.oauth2IntrospectionUrl;
  if (introspectionUrl !== undefined) {
    // The provider listens on this host's loopback; testcontainers forwards that port into the container.
    const url = new URL(introspectionUrl);
    const { TestContainers } = await import("testcontainers");
    await TestContainers.exposeHostPorts(Number(url.port));
    url.hostname = "host.testcontainers.internal";
    introspectionUrl = url.toString();
  }
  const files = dovecotFiles({
    ...layout,
    ...server,
    oauth2IntrospectionUrl: introspectionUrl,
    imapPort: 143,
    tlsPort: tlsPort === undefined ? undefined : 993,
  }).map((file) => ({ content: file.content, target: file.path }));
  let caPem: string | undefined;
  if (options.tls === true) {
    const certificate = await createSelfSignedCertificate(dir);
    caPem = certificate.certPem;
    files.push({ content: caPem, target: paths.cert }, { content: certificate.keyPem, target: paths.key });
  }
  const ports = [{ container: 143, host: port }];
  if (tlsPort !== undefined) ports.push({ container: 993, host: tlsPort });
  const container = await new GenericContainer(dovecotImage)
    .withExposedPorts(...ports)
    .withCopyContentToContainer(files)
    .withEntrypoint(["sh", "-c"])
    .withCommand([
      `mkdir -p ${paths.baseDir} ${paths.stateDir} ${paths.mail} ${paths.users} ` +
        `&& chown dovecot:dovecot ${paths.mail} ${paths.users} ` +
        `&& exec dovecot -F -c ${paths.config}`,
    ])
    .withLogConsumer((stream) => stream.pipe(createWriteStream(hostPaths.log, { flags: "a" })))
    .withWaitStrategy(Wait.forLogMessage("starting up"))
    .withStartupTimeout(options.startTimeoutMs ?? 60_000)
    .start();
  let stopped = false;
  return {
    host: container.getHost(),
    port,
    tlsPort,
    caPem,
    logFile: hostPaths.log,
    async doveadm(args) {
      const result = await container.exec(["doveadm", "-c", paths.config, ...args]);
      if (result.exitCode !== 0) throw new Error(`doveadm exited with ${result.exitCode}: ${result.stderr}`);
      return result.stdout;
    },
    async writeUser(user, line) {
      await container.copyContentToContainer([
        { content: line, target: `${paths.users}/${user}`, mode: 0o644 },
      ]);
    },
    async restart() {
      await container.restart();
      const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
      while (!(await tcpAccepts(container.getHost(), port))) {
        if (Date.now() > deadline) throw new Error("dovecot container not ready after restart");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await container.stop({ timeout: 5_000 });
      rmSync(dir, { recursive: true, force: true });
      untrackDir(dir);
    },
  };
}

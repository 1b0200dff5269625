import { type ChildProcess, execFile, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { trackChild, trackDir, untrackDir } from "./cleanup.js";
import type { DovecotOptions, DovecotRuntime } from "./dovecot.js";
import { dovecotFiles, dovecotPaths, serverOptions } from "./dovecot-config.js";
import { freePort } from "./ports.js";
import {
  endProcess,
  findExecutable,
  greets,
  logSize,
  lostPortRace,
  waitUntilReady,
} from "./server-process.js";
import { createSelfSignedCertificate } from "./tls-certificate.js";

const run = promisify(execFile);

function systemUser(name: string): { uid: number; gid: number } {
  for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
    const [user, , uid, gid] = line.split(":");
    if (user === name && uid !== undefined && gid !== undefined)
      return { uid: Number(uid), gid: Number(gid) };
  }
  throw new Error(`system user '${name}' missing; run: apt-get install -y dovecot-imapd`);
}

function binaries(): { dovecot: string; doveadm: string } {
  const dovecot = findExecutable("dovecot", ["/usr/sbin/dovecot"]);
  const doveadm = findExecutable("doveadm", ["/usr/bin/doveadm"]);
  if (dovecot === undefined || doveadm === undefined) {
    throw new Error("dovecot is not installed; run: apt-get install -y dovecot-imapd");
  }
  return { dovecot, doveadm };
}

/** Dovecot as a local process tree, everything (config, sockets, state, mail, log) in one temp dir. */
export async function startLocalDovecotRuntime(options: DovecotOptions): Promise<DovecotRuntime> {
  const bin = binaries();
  if (process.getuid?.() !== 0) {
    throw new Error(
      "a local dovecot needs root (it switches to the dovecot/dovenull users); run as root or with Docker",
    );
  }
  const mailUser = systemUser("dovecot");
  systemUser("dovenull");

  const dir = await mkdtemp(join(tmpdir(), "poststelle-dovecot-"));
  trackDir(dir);
  const paths = dovecotPaths(dir);
  try {
    // The login and mail processes run unprivileged and must traverse the tree.
    chmodSync(dir, 0o755);
    mkdirSync(paths.baseDir);
    mkdirSync(paths.stateDir);
    mkdirSync(paths.mail);
    chownSync(paths.mail, mailUser.uid, mailUser.gid);
    mkdirSync(paths.users, { mode: 0o700 });
    chownSync(paths.users, mailUser.uid, mailUser.gid);
    const caPem = options.tls === true ? (await createSelfSignedCertificate(dir)).certPem : undefined;
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const tlsPort = options.tls === true ? await freePort() : undefined;
      const layout = { dir, instanceName: basename(dir), imapPort: port, tlsPort, listen: "127.0.0.1" };
      for (const file of dovecotFiles({ ...layout, ...serverOptions(options) })) {
        writeFileSync(file.path, file.content);
      }
      const logOffset = logSize(paths.log);
      try {
        return await localRuntime(bin, dir, port, tlsPort, caPem, mailUser, options);
      } catch (error) {
        if (!(attempt < 3 && lostPortRace(paths.log, logOffset))) throw error;
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    untrackDir(dir);
    throw error;
  }
}

async function localRuntime(
  bin: { dovecot: string; doveadm: string },
  dir: string,
  port: number,
  tlsPort: number | undefined,
  caPem: string | undefined,
  mailUser: { uid: number; gid: number },
  options: DovecotOptions,
): Promise<DovecotRuntime> {
  const paths = dovecotPaths(dir);
  let master: ChildProcess | undefined;
  let stopped = false;

  const launch = async (): Promise<void> => {
    const logOffset = logSize(paths.log);
    // Fatal config errors are printed before Dovecot's own logging starts: keep them in the same file.
    const logFd = openSync(paths.log, "a");
    try {
      master = spawn(bin.dovecot, ["-F", "-c", paths.config], { stdio: ["ignore", logFd, logFd] });
    } finally {
      closeSync(logFd);
    }
    // SIGTERM lets the master reap its own children instead of orphaning them.
    trackChild(master, "SIGTERM");
    try {
      await waitUntilReady({
        name: "dovecot",
        child: master,
        logFile: paths.log,
        logOffset,
        host: "127.0.0.1",
        ports: tlsPort === undefined ? [port] : [port, tlsPort],
        readyText: "starting up",
        // Only a greeting with capabilities means the auth process is up too; an early stop()
        // while Dovecot is still spawning it takes seconds.
        probe: () => greets("127.0.0.1", port, /^\* OK \[CAPABILITY /),
        timeoutMs: options.startTimeoutMs ?? 10_000,
      });
    } catch (error) {
      await halt();
      throw error;
    }
  };

  const halt = async (): Promise<void> => {
    if (master !== undefined) await endProcess(master, "SIGTERM");
  };

  await launch();
  return {
    host: "127.0.0.1",
    port,
    tlsPort,
    caPem,
    logFile: paths.log,
    async doveadm(args) {
      const { stdout } = await run(bin.doveadm, ["-c", paths.config, ...args]);
      return stdout;
    },
    async writeUser(user, line) {
      const file = join(paths.users, user);
      writeFileSync(file, line, { mode: 0o600 });
      // The auth process runs as the dovecot user.
      chownSync(file, mailUser.uid, mailUser.gid);
    },
    async restart() {
      if (stopped) throw new Error("dovecot was stopped; start a new one instead of restarting");
      await halt();
      await launch();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await halt();
      rmSync(dir, { recursive: true, force: true });
      untrackDir(dir);
    },
  };
}

import { setTimeout as sleep } from "node:timers/promises";
import { ImapFlow } from "imapflow";
import { dockerAvailable, startDovecotContainer } from "./containers.js";
import { passwdLine } from "./dovecot-config.js";
import { startLocalDovecotRuntime } from "./dovecot-local.js";
import type { OAuthProvider } from "./oauth.js";

export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
}

export interface Dovecot {
  /** Plain IMAP on 127.0.0.1. */
  readonly host: string;
  readonly port: number;
  /** IMAPS with a self-signed certificate, when started with `tls: true`. */
  readonly tlsPort: number | undefined;
  /** The self-signed certificate (its own CA) to trust in TLS tests. */
  readonly caPem: string | undefined;
  /** Dovecot's log (logins, kicks, fatal config errors), for debugging a failing test. */
  readonly logFile: string;
  /** Adds a user (usable at once). Changing an existing user's password may take up to a second. */
  addUser(user: string, password: string): Promise<ImapAccount>;
  /** Credentials for a user added before; `tls: true` gives the IMAPS port. */
  account(user: string, options?: { tls?: boolean }): ImapAccount;
  /** APPENDs a message via IMAP and returns its UID. */
  append(user: string, folder: string, raw: string | Buffer, flags?: string[]): Promise<number>;
  /** Cuts every connection of the user (doveadm kick); resolves once none is left. */
  kick(user: string): Promise<void>;
  /** Gives the folder a new, higher UIDVALIDITY; the messages stay. Returns the new value. */
  resetUidValidity(user: string, folder: string): Promise<number>;
  /** Current UIDVALIDITY of a folder, read with doveadm. */
  uidValidity(user: string, folder: string): Promise<number>;
  stop(): Promise<void>;
  /** Stops the server and starts it again on the same ports with the same users and mail. */
  restart(): Promise<void>;
}

export interface DovecotOptions {
  readonly tls?: boolean;
  /** Readiness timeout per start; default 10 000 ms. */
  readonly startTimeoutMs?: number;
  /** Also accept XOAUTH2 logins with the provider's tokens (see startOAuthProvider). */
  readonly oauth2?: Pick<OAuthProvider, "introspectionUrl">;
  /** Extensions the server does not announce, as some servers lack them: e.g. ["IDLE"], ["MOVE"]. */
  readonly withoutCapabilities?: readonly string[];
}

/** What differs between a local dovecot process and a container. */
export interface DovecotRuntime {
  readonly host: string;
  readonly port: number;
  readonly tlsPort: number | undefined;
  readonly caPem: string | undefined;
  readonly logFile: string;
  /** Runs doveadm against this instance and returns its stdout. */
  doveadm(args: readonly string[]): Promise<string>;
  /** Writes the user's own passwd-file (see dovecotPaths().users). */
  writeUser(user: string, passwdLine: string): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/** A real Dovecot 2.3 on random loopback ports; in a container where Docker is usable. */
export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  const runtime = (await dockerAvailable())
    ? await startDovecotContainer(options)
    : await startLocalDovecotRuntime(options);
  return dovecotFor(runtime);
}

export function dovecotFor(runtime: DovecotRuntime): Dovecot {
  const passwords = new Map<string, string>();

  const account = (user: string, options: { tls?: boolean } = {}): ImapAccount => {
    const password = passwords.get(user);
    if (password === undefined) throw new Error("dovecot: unknown test user; call addUser first");
    if (options.tls === true) {
      if (runtime.tlsPort === undefined) throw new Error("dovecot: started without tls");
      return { host: runtime.host, port: runtime.tlsPort, secure: true, user, password };
    }
    return { host: runtime.host, port: runtime.port, secure: false, user, password };
  };

  const sessionCount = async (user: string): Promise<number> => {
    const out = await runtime.doveadm(["-f", "flow", "who", user]);
    return out.split("\n").filter((line) => line.includes(`username=${user} `)).length;
  };

  const uidValidity = async (user: string, folder: string): Promise<number> => {
    const out = await runtime.doveadm(["-f", "flow", "mailbox", "status", "-u", user, "uidvalidity", folder]);
    const match = /uidvalidity=(\d+)/.exec(out);
    if (match === null) throw new Error("dovecot: doveadm mailbox status printed no uidvalidity");
    return Number(match[1]);
  };

  return {
    host: runtime.host,
    port: runtime.port,
    tlsPort: runtime.tlsPort,
    caPem: runtime.caPem,
    logFile: runtime.logFile,
    account,
    uidValidity,
    async addUser(user, password) {
      await runtime.writeUser(user, passwdLine(user, password));
      passwords.set(user, password);
      return account(user);
    },
    async append(user, folder, raw, flags) {
      const { host, port, secure, password } = account(user);
      const client = new ImapFlow({ host, port, secure, auth: { user, pass: password }, logger: false });
      client.on("error", () => {});
      await client.connect();
      try {
        const result = await client.append(folder, raw, flags);
        if (result === false || result.uid === undefined) {
          throw new Error("dovecot: APPEND returned no UID");
        }
        return result.uid;
      } finally {
        await client.logout();
      }
    },
    async kick(user) {
      await runtime.doveadm(["kick", user]);
      const deadline = Date.now() + 5_000;
      while ((await sessionCount(user)) > 0) {
        if (Date.now() > deadline) throw new Error("dovecot: sessions still open 5 s after kick");
        await sleep(25);
      }
    },
    async resetUidValidity(user, folder) {
      const next = (await uidValidity(user, folder)) + 1;
      await runtime.doveadm(["mailbox", "update", "-u", user, "--uid-validity", String(next), folder]);
      const now = await uidValidity(user, folder);
      if (now !== next) throw new Error("dovecot: UIDVALIDITY did not change");
      return now;
    },
    stop: () => runtime.stop(),
    restart: () => runtime.restart(),
  };
}

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { trackDir, untrackDir } from "./cleanup.js";
import type { OAuthProvider } from "./oauth.js";
import { createSelfSignedCertificate } from "./tls-certificate.js";

export interface ReceivedMail {
  /** Envelope sender (MAIL FROM); "" for the null sender. */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  raw: Buffer;
  receivedAt: Date;
  /** The SMTP AUTH user the mail was sent as, when auth is on. */
  authUser: string | undefined;
}

export interface SmtpSink {
  readonly host: string;
  readonly port: number;
  /** The certificate to trust when started with `starttls: true`. */
  readonly caPem: string | undefined;
  readonly messages: readonly ReceivedMail[];
  /** Resolves with all messages once at least `count` arrived; rejects after timeoutMs (default 5 000). */
  waitFor(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  /**
   * Answers DATA with this SMTP reply code (e.g. 451 transient, 550 permanent) instead of
   * accepting, until called again with undefined. For delivery retry tests.
   */
  rejectWith(responseCode: number | undefined): void;
  clear(): void;
  stop(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Require SMTP AUTH (PLAIN/LOGIN, allowed without TLS) with these credentials. */
  readonly auth?: { user: string; password: string };
  /** Require SMTP AUTH XOAUTH2 with a token the provider holds for the user (see startOAuthProvider). */
  readonly oauth2?: Pick<OAuthProvider, "userFor">;
  /** Offer STARTTLS with a self-signed certificate (see caPem). Off by default. */
  readonly starttls?: boolean;
}

class RejectedBySink extends Error {
  readonly responseCode: number;
  constructor(responseCode: number) {
    super(`rejected by test sink with ${responseCode}`);
    this.responseCode = responseCode;
  }
}

/** An SMTP server on 127.0.0.1 that keeps every mail it accepts, for delivery tests. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let rejection: number | undefined;

  let certDir: string | undefined;
  let tls: { key: string; cert: string } | undefined;
  if (options.starttls === true) {
    certDir = await mkdtemp(join(tmpdir(), "poststelle-smtp-"));
    trackDir(certDir);
    const certificate = await createSelfSignedCertificate(certDir);
    tls = { cert: certificate.certPem, key: certificate.keyPem };
  }

  const authRequired = options.auth !== undefined || options.oauth2 !== undefined;
  const disabledCommands = [...(authRequired ? [] : ["AUTH"]), ...(tls ? [] : ["STARTTLS"])];
  const server = new SMTPServer({
    ...tls,
    name: "smtp-sink.test",
    logger: false,
    disabledCommands,
    authOptional: !authRequired,
    allowInsecureAuth: true,
    authMethods: options.oauth2 === undefined ? ["PLAIN", "LOGIN"] : ["XOAUTH2"],
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      if (auth.method === "XOAUTH2") {
        const valid =
          auth.accessToken !== undefined && options.oauth2?.userFor(auth.accessToken) === auth.username;
        // XOAUTH2 fails with a JSON error challenge, as Gmail and Microsoft 365 answer.
        callback(null, valid ? { user: auth.username } : { data: { status: "401", schemes: "bearer" } });
        return;
      }
      const expected = options.auth;
      if (expected !== undefined && auth.username === expected.user && auth.password === expected.password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(new RejectedBySink(535));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.once("error", (error) => callback(error));
      stream.once("end", () => {
        if (rejection !== undefined) {
          callback(new RejectedBySink(rejection));
          return;
        }
        const { mailFrom, rcptTo } = session.envelope;
        messages.push({
          from: mailFrom === false ? "" : mailFrom.address,
          to: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
          receivedAt: new Date(),
          authUser: typeof session.user === "string" ? session.user : undefined,
        });
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  server.on("error", () => {
    // Connection-level errors (a client hanging up mid-command) are part of what tests provoke.
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("smtp sink: no TCP address");

  let stopped = false;
  return {
    host: "127.0.0.1",
    port: address.port,
    caPem: tls?.cert,
    messages,
    waitFor(count, timeoutMs = 5_000) {
      if (messages.length >= count) return Promise.resolve([...messages]);
      return new Promise((resolve, reject) => {
        const wake = () => {
          if (messages.length < count) return;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve([...messages]);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`smtp sink: ${messages.length} of ${count} mails after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    rejectWith(responseCode) {
      rejection = responseCode;
    },
    clear() {
      messages.length = 0;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (certDir !== undefined) {
        await rm(certDir, { recursive: true, force: true });
        untrackDir(certDir);
      }
    },
  };
}

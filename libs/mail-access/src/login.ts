import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { ImapMailboxConfig, MailAuthConfig, SmtpConfig } from "@poststelle/config";
import { PermanentError, TransientError } from "@poststelle/errors";
import type { ImapFlowOptions } from "imapflow";
import type { SMTPPoolOptions } from "nodemailer";

const TOKEN_COMMAND_TIMEOUT_MS = 15_000;

/**
 * The current OAuth2 access token: a sidecar or a CLI keeps it fresh, so it is read again for
 * every new connection rather than cached. Errors name the source kind, never the path or output.
 */
export async function readAccessToken(oauth2: {
  tokenFile?: string;
  tokenCommand?: string;
}): Promise<string> {
  let token: string;
  if (oauth2.tokenFile !== undefined) {
    try {
      token = (await readFile(oauth2.tokenFile, "utf8")).trim();
    } catch (error) {
      throw new TransientError("mail.oauth_token_unreadable", "cannot read the OAuth2 token file", {
        cause: error,
      });
    }
  } else if (oauth2.tokenCommand !== undefined) {
    const command = oauth2.tokenCommand;
    token = await new Promise<string>((resolve, reject) => {
      execFile("/bin/sh", ["-c", command], { timeout: TOKEN_COMMAND_TIMEOUT_MS }, (error, stdout) => {
        if (error) {
          reject(new TransientError("mail.oauth_token_command_failed", "the OAuth2 token command failed"));
          return;
        }
        resolve(stdout.trim());
      });
    });
  } else {
    throw new PermanentError("mail.oauth_token_source_missing", "oauth2 needs tokenFile or tokenCommand");
  }
  if (token === "")
    throw new TransientError("mail.oauth_token_empty", "the OAuth2 token source gave no token");
  return token;
}

async function credentials(
  user: string,
  auth: MailAuthConfig,
): Promise<{ user: string; pass?: string; accessToken?: string }> {
  if ("password" in auth) return { user, pass: auth.password.reveal() };
  return { user, accessToken: await readAccessToken(auth.oauth2) };
}

/**
 * ImapFlow options for a mailbox: implicit TLS or STARTTLS as configured, password or XOAUTH2. No
 * auto-IDLE: these connections only run commands, and IDLE would cost two round-trips each time.
 */
export async function imapOptionsFor(mailbox: ImapMailboxConfig): Promise<ImapFlowOptions> {
  return {
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.tls,
    tls: { rejectUnauthorized: mailbox.tlsRejectUnauthorized },
    auth: await credentials(mailbox.user, mailbox.auth),
    disableAutoIdle: true,
    logger: false,
    clientInfo: { name: "poststelle" },
  };
}

/** nodemailer SMTP options for a mailbox's SMTP server; user and auth default to the IMAP ones. */
export async function smtpOptionsFor(
  mailbox: ImapMailboxConfig,
  smtp: SmtpConfig,
): Promise<SMTPPoolOptions & { pool: true }> {
  const user = smtp.user ?? mailbox.user;
  const auth = smtp.auth ?? mailbox.auth;
  const login = await credentials(user, auth);
  return {
    pool: true,
    maxConnections: smtp.pool ? 3 : 1,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    tls: { rejectUnauthorized: mailbox.tlsRejectUnauthorized },
    auth:
      login.accessToken !== undefined
        ? { type: "OAuth2", user: login.user, accessToken: login.accessToken }
        : { user: login.user, pass: login.pass ?? "" },
    connectionTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
  };
}

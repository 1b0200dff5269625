import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { ImapMailboxConfig, MailAuthConfig } from "@poststelle/config";
import { TransientError } from "@poststelle/errors";

const run = promisify(execFile);
const TOKEN_COMMAND_TIMEOUT_MS = 30_000;

export type ImapCredentials = { user: string; pass: string } | { user: string; accessToken: string };

/**
 * An OAuth2 access token from a file or from a command's stdout. Read anew on every connect:
 * tokens live about an hour, and whatever refreshes them (a sidecar, a CLI) rewrites the file
 * or answers the command with a fresh one.
 */
export async function readAccessToken(oauth2: {
  tokenFile?: string;
  tokenCommand?: string;
}): Promise<string> {
  let token: string;
  try {
    if (oauth2.tokenFile !== undefined) {
      token = await readFile(oauth2.tokenFile, "utf8");
    } else if (oauth2.tokenCommand !== undefined) {
      const { stdout } = await run("/bin/sh", ["-c", oauth2.tokenCommand], {
        timeout: TOKEN_COMMAND_TIMEOUT_MS,
        maxBuffer: 64 * 1024,
      });
      token = stdout;
    } else {
      throw new Error("no token source");
    }
  } catch (error) {
    throw new TransientError("imap.token_unavailable", "could not read the OAuth2 access token", {
      cause: error,
    });
  }
  token = token.trim();
  if (token === "") throw new TransientError("imap.token_unavailable", "the OAuth2 access token is empty");
  return token;
}

/** Password login, or XOAUTH2 with imapflow's accessToken (Microsoft 365, Gmail). */
export async function imapCredentials(user: string, auth: MailAuthConfig): Promise<ImapCredentials> {
  if ("password" in auth) return { user, pass: auth.password.reveal() };
  return { user, accessToken: await readAccessToken(auth.oauth2) };
}

export function credentialsFor(config: ImapMailboxConfig): Promise<ImapCredentials> {
  return imapCredentials(config.user, config.auth);
}

import type { ImapMailboxConfig } from "@poststelle/config";
import { PermanentError, TransientError } from "@poststelle/errors";
import { smtpOptionsFor } from "@poststelle/mail-access";
import { createTransport, type Transporter } from "nodemailer";

interface Entry {
  transport: Transporter;
  /** Password or access token the transport was built with; a changed OAuth2 token means a new pool. */
  credential: string;
}

/** One pooled SMTP transport per mailbox, rebuilt when its OAuth2 token has been renewed. */
export class SmtpTransports {
  readonly #entries = new Map<string, Entry>();

  /** Sends a finished message as it is (raw), to the given envelope. */
  async send(mailbox: ImapMailboxConfig, envelope: { from: string; to: string }, raw: Buffer): Promise<void> {
    const smtp = mailbox.smtp;
    if (smtp === undefined)
      throw new PermanentError("smtp.not_configured", "the mailbox has no smtp settings");
    const options = await smtpOptionsFor(mailbox, smtp);
    const auth = options.auth as { pass?: string; accessToken?: string };
    const credential = auth.accessToken ?? auth.pass ?? "";
    let entry = this.#entries.get(mailbox.id);
    if (entry === undefined || entry.credential !== credential) {
      entry?.transport.close();
      entry = { transport: createTransport(options), credential };
      this.#entries.set(mailbox.id, entry);
    }
    try {
      await entry.transport.sendMail({ envelope, raw });
    } catch (error) {
      throw smtpError(error);
    }
  }

  close(): void {
    for (const entry of this.#entries.values()) entry.transport.close();
    this.#entries.clear();
  }
}

/**
 * 5xx replies to the message are final; a refused login (an expired OAuth2 token, a password
 * being rotated) and everything else (4xx, network) may work on a later attempt. Server text is
 * dropped.
 */
function smtpError(error: unknown): Error {
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (code === "EAUTH") {
    const reply = typeof responseCode === "number" ? ` (${responseCode})` : "";
    return new TransientError("smtp.auth_failed", `the SMTP server refused the login${reply}`, {
      cause: error,
    });
  }
  if (typeof responseCode === "number" && responseCode >= 500) {
    return new PermanentError("smtp.rejected", `the SMTP server rejected the message (${responseCode})`);
  }
  const reply = typeof responseCode === "number" ? String(responseCode) : "network";
  return new TransientError("smtp.unavailable", `sending failed (${reply})`, { cause: error });
}

import * as z from "zod";
import { email, flag, id, integer, path, port, type ResolveContext, text } from "./fields.js";
import { secret } from "./secrets.js";
import type { MailAuthConfig } from "./types.js";

const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/** `{ password: {env|file} }` or `{ oauth2: { tokenFile | tokenCommand } }`, exactly one. */
function mailAuth(ctx: ResolveContext) {
  const oauth2 = z
    .strictObject({ tokenFile: path(ctx).optional(), tokenCommand: text().optional() })
    .transform((value, zctx) => {
      if (value.tokenFile !== undefined && value.tokenCommand === undefined) {
        return { tokenFile: value.tokenFile };
      }
      if (value.tokenCommand !== undefined && value.tokenFile === undefined) {
        return { tokenCommand: value.tokenCommand };
      }
      zctx.addIssue({ code: "custom", message: "expected exactly one of tokenFile or tokenCommand" });
      return z.NEVER;
    });
  return z
    .strictObject({ password: secret(ctx, "mail").optional(), oauth2: oauth2.optional() })
    .transform((value, zctx): MailAuthConfig => {
      if (value.password !== undefined && value.oauth2 === undefined) return { password: value.password };
      if (value.oauth2 !== undefined && value.password === undefined) return { oauth2: value.oauth2 };
      zctx.addIssue({ code: "custom", message: "expected exactly one of password or oauth2" });
      return z.NEVER;
    });
}

function smtp(ctx: ResolveContext) {
  return z.strictObject({
    host: text(),
    port: port().default(587),
    secure: flag().default(false),
    user: text().optional(),
    auth: mailAuth(ctx).optional(),
    pool: flag().default(true),
  });
}

function imapMailbox(ctx: ResolveContext) {
  return z
    .strictObject({
      id: id("mailbox"),
      kind: z.literal("imap"),
      address: email(),
      host: text(),
      port: port().default(993),
      tls: flag().default(true),
      tlsRejectUnauthorized: flag().default(true),
      user: text(),
      auth: mailAuth(ctx),
      folders: z
        .array(text())
        .min(1)
        .default(() => ["INBOX"]),
      draftsFolder: text().optional(),
      pollIntervalMs: integer(1000).default(60_000),
      idleRestartMs: integer(10_000).default(300_000),
      reconnectMinMs: integer(100).default(1000),
      reconnectMaxMs: integer(100).default(60_000),
      maxMessageBytes: integer(1024).default(DEFAULT_MAX_MESSAGE_BYTES),
      smtp: smtp(ctx).optional(),
    })
    .superRefine((mailbox, zctx) => {
      if (mailbox.reconnectMaxMs < mailbox.reconnectMinMs) {
        zctx.addIssue({
          code: "custom",
          path: ["reconnectMaxMs"],
          message: `must be at least reconnectMinMs (${mailbox.reconnectMinMs}), got ${mailbox.reconnectMaxMs}`,
        });
      }
    });
}

function folderMailbox(ctx: ResolveContext) {
  return z.strictObject({
    id: id("mailbox"),
    kind: z.literal("folder"),
    address: email(),
    path: path(ctx),
    outputPath: path(ctx).optional(),
    maxMessageBytes: integer(1024).default(DEFAULT_MAX_MESSAGE_BYTES),
  });
}

export function mailboxes(ctx: ResolveContext) {
  return z.array(z.discriminatedUnion("kind", [imapMailbox(ctx), folderMailbox(ctx)])).min(1);
}

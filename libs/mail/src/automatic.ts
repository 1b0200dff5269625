import { AutomaticKind } from "@poststelle/contracts";
import type { MailHeaders } from "./raw-headers.js";
import type { MailStructure } from "./structure.js";

/** Set on every mail Poststelle writes (drafts, forwards), so it never answers itself. */
export const OWN_MAIL_HEADER = "x-poststelle-mail-id";

function values(headers: MailHeaders, name: string): string[] {
  return (headers.get(name) ?? []).map((value) => value.trim().toLowerCase());
}

/** RFC 3834: any Auto-Submitted value but "no" (comments and parameters ignored). */
function isAutoSubmitted(headers: MailHeaders): boolean {
  return values(headers, "auto-submitted").some((value) => {
    const keyword =
      value
        .replace(/\([^)]*\)/g, "")
        .split(";")[0]
        ?.trim() ?? "";
    return keyword !== "" && keyword !== "no";
  });
}

function isBulk(headers: MailHeaders): boolean {
  const precedence = values(headers, "precedence").some((value) => /^(bulk|list|junk)\b/.test(value));
  return precedence || headers.has("list-id") || headers.has("list-unsubscribe");
}

function isBounce(headers: MailHeaders, structure: MailStructure): boolean {
  if (structure.contentType === "multipart/report") return true;
  // An empty envelope sender (<>) is what RFC 5321 prescribes for notifications.
  return values(headers, "return-path").some((value) => value.replace(/\s+/g, "") === "<>");
}

/**
 * Why a mail must never get a draft, most specific reason first: our own mail, then bounces,
 * then auto-replies, then bulk. An out-of-office reply often also says Precedence: bulk; it is
 * reported as AUTO_SUBMITTED because that is what it is.
 */
export function detectAutomatic(headers: MailHeaders, structure: MailStructure): AutomaticKind {
  if (headers.has(OWN_MAIL_HEADER)) return AutomaticKind.AUTOMATIC_KIND_OWN;
  if (isBounce(headers, structure)) return AutomaticKind.AUTOMATIC_KIND_BOUNCE;
  if (isAutoSubmitted(headers) || headers.has("x-auto-response-suppress")) {
    return AutomaticKind.AUTOMATIC_KIND_AUTO_SUBMITTED;
  }
  if (isBulk(headers)) return AutomaticKind.AUTOMATIC_KIND_BULK;
  return AutomaticKind.AUTOMATIC_KIND_NONE;
}

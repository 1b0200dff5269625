import { PermanentError } from "@poststelle/errors";
import { firstHeader, type HeaderField, type MailHeaders, parseContentType } from "./raw-headers.js";

/** What the automatic-mail detection needs to know about the MIME structure. */
export interface MailStructure {
  /** Lower-case top-level media type, e.g. "multipart/report". */
  contentType: string;
  /** The report-type parameter of a multipart/report, lower-case; "" otherwise. */
  reportType: string;
}

export function structureOf(headers: MailHeaders): MailStructure {
  const contentType = parseContentType(firstHeader(headers, "content-type"));
  return {
    contentType: contentType.type,
    reportType: (contentType.params["report-type"] ?? "").toLowerCase(),
  };
}

/** The same bound mailparser applies to each part's header (its maxHeadSize default). */
const MAX_HEADER_BYTES = 1024 * 1024;

function malformed(detail: string): PermanentError {
  return new PermanentError("mail.malformed", detail);
}

/**
 * Rejects input mailparser would turn into an empty or misleading mail rather than refuse:
 * anything that does not start with a header section, and multiparts whose parts cannot be
 * found. mailparser itself is lenient by design; these are the cases where leniency would
 * silently hand the next stages a mail without its content.
 */
export function checkStructure(
  raw: Buffer,
  header: Buffer,
  fields: readonly HeaderField[],
  body: Buffer,
): void {
  if (
    raw.length === 0 ||
    raw.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a)
  ) {
    throw malformed("message is empty");
  }
  if (header.includes(0)) throw malformed("NUL byte in the header section");
  if (header.length > MAX_HEADER_BYTES)
    throw malformed(`header section has more than ${MAX_HEADER_BYTES} bytes`);
  const first = fields[0];
  if (first === undefined || first.name === "") throw malformed("message does not start with a header field");
  const stray = fields.filter((field) => field.name === "").length;
  // A few broken lines are common in real mail; a header that is mostly not header is not a mail.
  if (stray > 0 && stray * 2 > fields.length)
    throw malformed(`${stray} of ${fields.length} header lines are invalid`);

  const headers = new Map<string, string[]>();
  for (const field of fields) {
    if (field.name !== "" && !headers.has(field.name)) headers.set(field.name, [field.value]);
  }
  const contentType = parseContentType(firstHeader(headers, "content-type"));
  if (contentType.type.startsWith("multipart/")) {
    const boundary = contentType.params["boundary"];
    if (boundary === undefined || boundary === "") throw malformed("multipart without a boundary parameter");
    if (!body.includes(`--${boundary}`)) throw malformed("multipart boundary never occurs in the body");
  }
}

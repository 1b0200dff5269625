/**
 * The top-level header section of a raw message, read without mailparser: the structure checks,
 * the automatic-mail detection and the selected headers work from these unfolded fields.
 */

export interface HeaderField {
  /** Lower-case field name. */
  name: string;
  /** Unfolded value, trimmed; RFC 2047 encoded words are left as they are. */
  value: string;
}

/** Lower-case field name → every value of that field, in order. */
export type MailHeaders = ReadonlyMap<string, readonly string[]>;

export interface HeaderSection {
  /** Header bytes, without the blank line that ends them. */
  header: Buffer;
  /** Where the body starts (after the blank line); raw.length when there is no body. */
  bodyOffset: number;
  /** Length of a leading mbox "From " line that is not part of the header. */
  mboxLineLength: number;
}

const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+:/;
const MBOX_FROM = /^From [^\r\n]*\r?\n/;

/** Splits off the header section at the first empty line (CRLF or bare LF). */
export function splitHeaderSection(raw: Buffer): HeaderSection {
  const start = raw.subarray(0, 1024).toString("latin1");
  const mbox = MBOX_FROM.exec(start);
  const from = mbox && !FIELD_NAME.test(start) ? mbox[0].length : 0;
  // A message that starts with an empty line has no header at all.
  if (raw[from] === 0x0a)
    return { header: raw.subarray(from, from), bodyOffset: from + 1, mboxLineLength: from };
  if (raw[from] === 0x0d && raw[from + 1] === 0x0a) {
    return { header: raw.subarray(from, from), bodyOffset: from + 2, mboxLineLength: from };
  }
  const crlf = raw.indexOf("\n\r\n", from);
  const lf = raw.indexOf("\n\n", from);
  if (crlf < 0 && lf < 0) return { header: raw.subarray(from), bodyOffset: raw.length, mboxLineLength: from };
  const useLf = lf >= 0 && (crlf < 0 || lf < crlf);
  const end = useLf ? lf : crlf;
  return { header: raw.subarray(from, end), bodyOffset: end + (useLf ? 2 : 3), mboxLineLength: from };
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/** Header bytes as text: UTF-8 where valid (RFC 6532), otherwise the common legacy windows-1252. */
export function decodeHeaderBytes(header: Buffer): string {
  if (!header.some((byte) => byte >= 0x80)) return header.toString("latin1");
  try {
    return utf8Strict.decode(header);
  } catch {
    return windows1252.decode(header);
  }
}

/** Unfolded header fields; a line that is neither a field nor a continuation is returned as name "". */
export function headerFields(headerText: string): HeaderField[] {
  // Continuation lines are collected and joined once: appending to a growing string per line
  // is quadratic for a header folded thousands of times.
  const parts: { name: string; pieces: string[] }[] = [];
  for (const line of headerText.split(/\r?\n/)) {
    if (line.length === 0) continue;
    const last = parts[parts.length - 1];
    if ((line.startsWith(" ") || line.startsWith("\t")) && last) {
      last.pieces.push(line.trim());
      continue;
    }
    const match = FIELD_NAME.exec(line);
    if (!match) parts.push({ name: "", pieces: [line] });
    else
      parts.push({ name: match[0].slice(0, -1).toLowerCase(), pieces: [line.slice(match[0].length).trim()] });
  }
  return parts.map(({ name, pieces }) => ({ name, value: pieces.filter((piece) => piece !== "").join(" ") }));
}

export function headerMap(fields: readonly HeaderField[]): MailHeaders {
  const map = new Map<string, string[]>();
  for (const field of fields) {
    if (field.name === "") continue;
    const values = map.get(field.name);
    if (values) values.push(field.value);
    else map.set(field.name, [field.value]);
  }
  return map;
}

export function firstHeader(headers: MailHeaders, name: string): string | undefined {
  return headers.get(name)?.[0];
}

export interface ContentType {
  /** Lower-case media type, "text/plain" when absent (RFC 2045). */
  type: string;
  params: Record<string, string>;
}

/** A Content-Type value split into type and parameters; enough for the structure checks. */
export function parseContentType(value: string | undefined): ContentType {
  if (value === undefined || value.trim() === "") return { type: "text/plain", params: {} };
  const [type = "", ...rest] = value.split(";");
  const params: Record<string, string> = {};
  const paramPattern = /([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/g;
  for (const match of rest.join(";").matchAll(paramPattern)) {
    const key = match[1]?.toLowerCase();
    if (key !== undefined && !(key in params)) params[key] = match[2] ?? match[3] ?? "";
  }
  return { type: type.trim().toLowerCase() || "text/plain", params };
}

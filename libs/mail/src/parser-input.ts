import { isUtf8 } from "node:buffer";
import { decodeHeaderBytes, headerFields, parseContentType, splitHeaderSection } from "./raw-headers.js";

/** What legacy mailers meant when they sent 8-bit text without naming a charset. */
const LEGACY_CHARSET = "windows-1252";

/**
 * The message as mailparser should see it: 8-bit header bytes rewritten to UTF-8 (mailparser
 * would turn Latin-1 header text into replacement characters), a leading mbox "From " line
 * dropped, and a charset named for a single 8-bit text part that names none and is not UTF-8.
 */
export function parserInput(raw: Buffer): Buffer {
  const { header, bodyOffset, mboxLineLength } = splitHeaderSection(raw);
  const body = raw.subarray(bodyOffset);
  let text = decodeHeaderBytes(header);
  let changed = header.some((byte) => byte >= 0x80);

  const contentType = parseContentType(
    headerFields(text).find((field) => field.name === "content-type")?.value,
  );
  const legacyText =
    contentType.type.startsWith("text/") &&
    contentType.params["charset"] === undefined &&
    body.some((byte) => byte >= 0x80) &&
    !isUtf8(body);
  if (legacyText) {
    const withCharset = text.replace(
      /^(content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im,
      `$1; charset=${LEGACY_CHARSET}`,
    );
    // Without a Content-Type field text/plain is implied (RFC 2045), so it is named outright.
    text =
      withCharset !== text ? withCharset : `Content-Type: text/plain; charset=${LEGACY_CHARSET}\r\n${text}`;
    changed = true;
  }
  if (!changed) return mboxLineLength > 0 ? raw.subarray(mboxLineLength) : raw;
  const separator = raw.subarray(mboxLineLength + header.length, bodyOffset);
  return Buffer.concat([Buffer.from(text, "utf8"), separator, body]);
}

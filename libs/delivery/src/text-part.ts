import type MimeNode from "nodemailer/lib/mime-node";
import { encode, wrap } from "nodemailer/lib/qp";

/**
 * A message of one text part with a string body, built at once into what `MimeNode.build()`
 * streams for it: nodemailer's own header block, the body as it is (7bit) or quoted-printable, a
 * line end at the end, CRLF throughout. `build()` pipes such a part through four stream transforms
 * and waits for three turns of the event loop, which on a busy unmask stage is most of a draft's
 * compose time; `text-part.test.ts` holds the two to the same bytes. Undefined for anything else
 * (several parts, base64, a body that is not a string, one over 64 KiB), which `build()` is left to.
 */
export function buildTextMessage(node: MimeNode): Buffer | undefined {
  const content = node.content;
  if (node.childNodes.length > 0 || (content !== undefined && typeof content !== "string")) return undefined;
  // Decided before buildHeaders(), which sets headers on the node: build() may still get it as it was.
  const encoding = node.getTransferEncoding();
  let body: string;
  if (!content) body = "";
  else if (encoding === "7bit") body = content;
  else if (encoding === "quoted-printable") {
    const bytes = Buffer.from(content, "utf8");
    if (bytes.length > QP_SLICE_BYTES) return undefined;
    body = quotedPrintable(bytes);
  } else return undefined;
  let message = `${node.buildHeaders()}\r\n\r\n${body}`;
  if (!message.endsWith("\n")) message += message.endsWith("\r") ? "\n" : "\r\n";
  return Buffer.from(message.replace(/(?<!\r)\n/g, "\r\n"), "utf8");
}

/** nodemailer's quoted-printable encoder works in slices of this many bytes. */
const QP_SLICE_BYTES = 64 * 1024;

/**
 * The body as nodemailer's streaming encoder gives it for one chunk: the blanks at its end are
 * held back and encoded last, after the lines before them are wrapped, which changes where a soft
 * break may fall and whether a final blank is escaped.
 */
function quotedPrintable(bytes: Buffer): string {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  const [lines, open] = closedLines(wrap(encode(bytes.subarray(0, end)), 76));
  if (end === bytes.length) return lines + open;
  const [rest, last] = closedLines(wrap(open + encode(bytes.subarray(end)), 76));
  return lines + rest + last;
}

/** The text up to and with its last line feed, and what follows it. */
function closedLines(text: string): [string, string] {
  const cut = text.lastIndexOf("\n") + 1;
  return [text.slice(0, cut), text.slice(cut)];
}

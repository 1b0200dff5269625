import { endOfLine } from "./chars.js";
import { MappedText, type TextView } from "./text-view.js";

// Mail clients wrap lines at about 72 columns and quote every line again on each reply, so a
// value can be cut in two: "Handynummer: 0151\n> > 2290 7714", "RE-2025-\n> 04417", and
// quoted-printable's soft break "neck=\nartal.de". The rules read values on one line; this view
// joins such a cut, and what the rules find in it is mapped back onto the mail, the line break
// and the quote marks included.

/** The quote marks and indentation that open a line: "> > ", ">>> ", "   ". */
const LINE_OPENING = /^[ \t]*(?:>[ \t]*)*/;
/**
 * Quoted-printable's escapes of a letter beyond ASCII ("=C3=BC" for "ü"): a mail that has them
 * breaks lines softly too. A link's "id=58…" is no escape.
 */
const QUOTED_PRINTABLE = /=[C-F][0-9A-F]=[89AB][0-9A-F]/;
/** The digits a line ends in, in groups: "Tel. +44 7480", "040 7543". */
const TRAILING_NUMBER = /(?:^|[^\d+])(\+?\d[\d ]*)$/;
/** The digits a line opens with; not a list's "2." or a time's "10:30". */
const LEADING_NUMBER = /^(?!\d{1,2}[.)][ \t])(?:\d[\d -]*\d|\d)(?!\d|:\d)/;
/** What a cut line may end in: a value's letter or digit, or "=", "-", "@", "." inside one. */
const CUT_END = /[A-Za-z0-9=@.-]/;

function isAlnum(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0xbf
  );
}

/** A line that is only a value's short rest: a digit in it, closing marks after it. */
const FRAGMENT_LINE = /^(?=[^\n]*\d)[A-Za-z0-9][A-Za-z0-9 ]{0,10}[).,;:!?"»]*$/;
/** A line this long was wrapped by the client, not ended by the writer. */
const WRAPPED_LENGTH = 60;

interface Cut {
  /** The break's characters, from the last kept one before it to the first kept one after it. */
  start: number;
  end: number;
  /** What stands for them in the view. */
  joiner: string;
}

export function unwrappedView(text: string): TextView | undefined {
  const softBreaks = QUOTED_PRINTABLE.test(text);
  if (!text.includes("\n") && !softBreaks) return undefined;
  const cuts: Cut[] = [];
  let lineStart = 0;
  for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) {
    const line = text.slice(lineStart, newline).replace(/\r$/, "");
    const lineEnd = lineStart + line.length;
    const opening = LINE_OPENING.exec(text.slice(newline + 1, newline + 40))![0];
    const next = text.slice(newline + 1 + opening.length, newline + 41 + opening.length);
    const cut = cutAt(line, next, softBreaks);
    if (cut !== undefined)
      cuts.push({ start: lineEnd - cut.drop, end: newline + 1 + opening.length, joiner: cut.joiner });
    lineStart = newline + 1;
  }
  // "Petrovi=C4=87", "Gr=C3=BC=C3=9Fe": a mail with quoted-printable left in it is read whole,
  // its escapes decoded, so names and addresses anywhere in it read as written.
  if (softBreaks) return write(text, withEscapes(text, cuts), false);
  return cuts.length === 0 ? undefined : write(text, cuts, true);
}

const ESCAPES = /(?:=[0-9A-F]{2})+/g;

/** The cuts and the quoted-printable escapes, each run of escapes as the characters it encodes. */
function withEscapes(text: string, cuts: readonly Cut[]): Cut[] {
  const all: Cut[] = [...cuts];
  for (const run of text.matchAll(ESCAPES)) {
    const bytes = Buffer.from(run[0].replace(/=/g, ""), "hex");
    const decoded = bytes.toString("utf8");
    // Only escapes of letters beyond ASCII ("=C3=BC" is "ü"): "=20230601" in a header is a date,
    // and broken bytes stay as they are.
    if (decoded.includes("\ufffd") || !/[^\p{ASCII}]/u.test(decoded)) continue;
    all.push({ start: run.index, end: run.index + run[0].length, joiner: decoded });
  }
  all.sort((a, b) => a.start - b.start);
  return all.filter((cut, i) => i === 0 || cut.start >= all[i - 1]!.end);
}

/** Whether the line and the one after it hold one value cut in two; how to join them. */
function cutAt(
  line: string,
  next: string,
  softBreaks: boolean,
): { drop: number; joiner: string } | undefined {
  // Every cut goes on with a letter or digit, and ends in one or in "=", "-", "@" or ".": most
  // lines are let go on these two characters alone, before any pattern runs.
  if (!isAlnum(next.charCodeAt(0)) || !CUT_END.test(line.slice(-1))) return undefined;
  // "stadtwerke-neck=" + "artal.de": the encoder's own break, with nothing between.
  if (softBreaks && line.endsWith("=") && !line.endsWith("==")) return { drop: 1, joiner: "" };
  // The patterns below look at the line's end only: a long line is read from its last words.
  const content = line.slice(-80).replace(LINE_OPENING, "");
  // "Case SFO-2025-" + "00731": an identifier cut after its dash; "Dr. Lauterbach-" + "Kemmer":
  // a double name (a word cut in prose goes on in lower case).
  if (/[A-Za-z0-9]-$/.test(content) && /^\d/.test(next)) return { drop: 0, joiner: "" };
  if (/\p{Lu}\p{Ll}+-$/u.test(content) && /^\p{Lu}\p{Ll}/u.test(next)) return { drop: 0, joiner: "" };
  // "<p.harcourtbell@" + "outlook.com>", "okoro@yahoo." + "co.uk": an address cut in its domain.
  if (
    /[@.]$/.test(content) &&
    /^[a-z0-9]/.test(next) &&
    /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*(?:[A-Za-z0-9-]+\.?)?$/.test(content)
  )
    return { drop: 0, joiner: "" };
  // "Kennzeichen HH-KP" + "2207": a German plate cut before its number.
  if (/(?:^|[^A-Za-z0-9])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}$/.test(content) && /^\d{1,4}(?!\d)/.test(next))
    return { drop: 0, joiner: " " };
  // "registration WR68" + "ZTK according to …": a British plate cut between its halves.
  if (/(?:^|[^A-Za-z0-9])[A-Z]{2}\d{2}$/.test(content) && /^[A-Z]{3}(?![A-Za-z0-9])/.test(next))
    return { drop: 0, joiner: " " };
  // "…HV 771" + "420 918).", "sk_live_51Hq8Z…" + "Wd2KcY": a value's digits before the break,
  // and a line that holds nothing but its rest; a long token cut goes on without a space.
  const rest = /^[^\n]*/.exec(next)![0].trimEnd();
  const lastToken = content.slice(content.lastIndexOf(" ") + 1);
  if (/[A-Za-z0-9]$/.test(content) && /\d/.test(lastToken) && FRAGMENT_LINE.test(rest))
    return { drop: 0, joiner: lastToken.length >= 20 ? "" : " " };
  // A row of a table or an export goes on in columns: its next line is the next row.
  if (/[;|\t]/.test(rest)) return undefined;
  const trailing = TRAILING_NUMBER.exec(content)?.[1]?.trimEnd();
  const leading = LEADING_NUMBER.exec(next)?.[0];
  if (trailing === undefined || leading === undefined || !/\d$/.test(content)) return undefined;
  const before = trailing.replace(/\D/g, "").length;
  const digits = before + leading.replace(/\D/g, "").length;
  // A phone number cut in two ("0151" + "2290 7714": too short for one before the cut), a card's
  // groups, or any number at the end of a line the client wrapped.
  const phone = /^[+0]/.test(trailing) && before <= 9 && digits >= 9 && digits <= 15;
  const card = digits >= 15 && digits <= 19 && /^\d{4}(?: \d{4})*$/.test(trailing);
  // "account number is 2007 1884" + "5321": groups of four go on in one more.
  const groups = /^\d{4}(?: \d{4})+$/.test(trailing) && /^\d{2,4}$/.test(leading);
  const wrapped = line.length - LINE_OPENING.exec(line)![0].length >= WRAPPED_LENGTH;
  if (phone || card || groups || wrapped) return { drop: 0, joiner: " " };
  return undefined;
}

/** Lines of context kept around a cut: the view holds only these, so reading it costs little. */
const CONTEXT_LINES_BEFORE = 2;
const CONTEXT_LINES_AFTER = 1;

/**
 * The view: the text with its cuts joined, or (`windowed`) only each cut with a few lines around
 * it, windows apart by a blank line that stands for the text left out.
 */
function write(text: string, cuts: readonly Cut[], windowed: boolean): TextView {
  const windows: [number, number][] = windowed ? [] : [[0, text.length]];
  for (const cut of windowed ? cuts : []) {
    let from = cut.start;
    for (let k = 0; k <= CONTEXT_LINES_BEFORE && from > 0; k++) from = text.lastIndexOf("\n", from - 1) + 1;
    let to = cut.end;
    for (let k = 0; k <= CONTEXT_LINES_AFTER && to < text.length; k++) {
      to = endOfLine(text, to + (k === 0 ? 0 : 1));
    }
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const view = new MappedText();
  let next = 0;
  for (const [index, [from, to]] of windows.entries()) {
    if (index > 0) view.stand("\n\n", windows[index - 1]![1], from);
    let at = from;
    for (; next < cuts.length && cuts[next]!.end <= to; next++) {
      const cut = cuts[next]!;
      view.keep(text, at, cut.start);
      view.stand(cut.joiner, cut.start, cut.end);
      at = cut.end;
    }
    view.keep(text, at, to);
  }
  return view.view(text.length);
}

import { endOfLine } from "./chars.js";
import { MappedText, type TextView } from "./text-view.js";

// A scanned form read back by OCR, or one typed with its letters spaced for the boxes, spaces
// every character apart: "Tel. :  0 1 5 7  3 4 1 2  8 8 0 6", "Reg :  2 4 2 - L K - 1 0 9 3". The
// rules read values written together; this view writes such runs together, a wider gap as one
// space between words, and what the rules find in it is mapped back onto the spaced characters.

/** Four characters or more, each alone between single spaces. */
const SPACED_RUN = /(?<!\S)\S(?: \S){3,}(?!\S)/g;
/** Two blanks or more: on a spaced line, the gap between its words. */
const WIDE_GAP = / {2,}/g;

export function letterSpacedView(text: string): TextView | undefined {
  const runs = [...text.matchAll(SPACED_RUN)];
  if (runs.length === 0) return undefined;
  const view = new MappedText();
  let kept = 0;
  for (let k = 0; k < runs.length; ) {
    const lineStart = text.lastIndexOf("\n", runs[k]!.index) + 1;
    const lineEnd = endOfLine(text, runs[k]!.index);
    view.keep(text, kept, lineStart);
    let at = lineStart;
    for (; k < runs.length && runs[k]!.index < lineEnd; k++) {
      const run = runs[k]!;
      narrowGaps(text, at, run.index, view);
      for (let i = run.index; i < run.index + run[0].length; i += 2) view.keep(text, i, i + 1);
      at = run.index + run[0].length;
    }
    narrowGaps(text, at, lineEnd, view);
    kept = lineEnd;
  }
  view.keep(text, kept, text.length);
  return view.view(text.length);
}

/** The mail's [from, to) with every gap of two blanks or more written as one. */
function narrowGaps(text: string, from: number, to: number, view: MappedText): void {
  let at = from;
  for (const gap of text.slice(from, to).matchAll(WIDE_GAP)) {
    view.keep(text, at, from + gap.index);
    view.stand(" ", from + gap.index, from + gap.index + gap[0].length);
    at = from + gap.index + gap[0].length;
  }
  view.keep(text, at, to);
}

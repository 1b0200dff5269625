import { isDigitCode } from "../chars.js";
import { type NameFinder, NameScore } from "./name-finder.js";
import { NOT_A_NAME, Word } from "./word-flags.js";

// A tour plan, a ride list or a rota names a client a line each after the time: "06:30 Wendt
// (nur Kompressionsstrümpfe)", "08:45 Schmid-Alvarez Verband li. Bein", "0600 Zhang Wei + Liu
// Yang – Hyatt". A schedule of meetings has the same shape ("09:30 Teambesprechung"), so the
// rows count only when several of their words are names the lexicon knows.

/** A row: a time (maybe after a row's number), then a capitalized word. Read at a line's start. */
const TIME_ROW = /[ \t>*•#-]*(?:\d{1,2}[ \t]+)?(?:[01]?\d|2[0-3])[:.]?[0-5]\d[ \t]+(?=\p{Lu}[\p{Ll}'’])/uy;
const MIN_ROWS = 3;
const MIN_KNOWN = 2;

export function byRosterRows(f: NameFinder): void {
  const text = f.text;
  const t = f.tokens;
  const rows: number[] = [];
  for (let start = 0; start < text.length; start = text.indexOf("\n", start) + 1 || text.length) {
    // Most lines open with a letter: the pattern runs only where a digit comes first.
    let k = start;
    while (k < text.length && " \t>*•#-".includes(text[k]!)) k++;
    if (!isDigitCode(text.charCodeAt(k))) continue;
    TIME_ROW.lastIndex = start;
    const row = TIME_ROW.exec(text);
    if (row !== null) rows.push(t.firstAtOrAfter(start + row[0].length));
  }
  if (rows.length < MIN_ROWS) return;
  let known = 0;
  for (const i of rows) if (f.has(i, Word.surname | Word.given) && !f.has(i, Word.notName)) known++;
  if (known < MIN_KNOWN) return;
  for (const i of rows) {
    if (f.covered[i] || !f.nameLike(i) || f.has(i, Word.title | Word.trigger)) continue;
    // "Mavridis, Konstantinos", "Zhang Wei": a second word the lexicon knows as a name goes with
    // it; German nouns are capitalized too ("Oyelaran Insulin!!").
    const second = i + 1 < t.length && f.known(i + 1) && /^,?[ \t]$/.test(t.gapBefore(i + 1));
    f.emit(i, second ? i + 2 : i + 1, NameScore.list);
  }
}

// A list with dotted leaders gives each person a line: "Papadakis ........... CE-SP 1963",
// "Mavridou/Feldhaus .. CE-EM 247". A printed form has the same leaders after its labels
// ("Name ........ Okafor"), so a list with a label among its rows is a form, not a list.

/** A row: up to three capitalized words (a slash may join two names), then dots. At a line's start. */
const LEADER_ROW = /[ \t>*•-]*(\p{Lu}[\p{L}'’-]+(?:[ \t/]\p{Lu}[\p{L}'’-]+){0,2})[ \t]*\.{2,}/uy;
const MIN_LEADER_ROWS = 3;

export function byLeaderRows(f: NameFinder): void {
  const text = f.text;
  if (!text.includes("...")) return;
  const t = f.tokens;
  const rows: [number, number][] = [];
  for (let start = 0; start < text.length; start = text.indexOf("\n", start) + 1 || text.length) {
    LEADER_ROW.lastIndex = start;
    const row = LEADER_ROW.exec(text);
    if (row === null) continue;
    const from = t.firstAtOrAfter(start + row[0].indexOf(row[1]!));
    const to = t.firstAtOrAfter(start + row[0].indexOf(row[1]!) + row[1]!.length);
    rows.push([from, to]);
  }
  if (rows.length < MIN_LEADER_ROWS) return;
  let known = 0;
  for (const [from, to] of rows) {
    for (let i = from; i < to; i++) {
      if (f.has(i, Word.title | Word.trigger) || !f.nameLike(i)) return;
      if (f.has(i, Word.surname | Word.given) && !f.has(i, Word.notName)) known++;
    }
  }
  if (known === 0) return;
  for (const [from, to] of rows) {
    // "Mavridou/Feldhaus": two people sharing a line, each a name of their own.
    for (let i = from; i < to; i++) {
      if (f.covered[i]) continue;
      let end = i + 1;
      while (end < to && t.joined(end)) end++;
      f.emit(i, end, NameScore.list);
      i = end - 1;
    }
  }
}

/**
 * "- Brennan (ellie) clarinet 3x45", "- Bellandi (matteo) alto sax": a teacher's or a club's list
 * names the family first and the child in brackets, the given name typed in any case. Taken
 * when two lines at least do so, since one could be a thing and its owner ("Klavier (anna)").
 */
const MIN_BRACKET_ROWS = 2;

export function byFamilyWithGivenInBrackets(f: NameFinder): void {
  const t = f.tokens;
  const rows: number[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!t.isCapitalized(i) || f.has(i, NOT_A_NAME) || !t.opensLine(i)) continue;
    if (t.gapBefore(i + 1) !== " (" || !f.has(i + 1, Word.given)) continue;
    // "Skylink (Chloe): …" is a chat's line, the firm's agent speaking.
    const after = i + 2 < t.length ? t.gapBefore(i + 2) : f.text.slice(t.ends[i + 1]!);
    if (!after.startsWith(")") || /^\)[ \u00a0]*:/.test(after)) continue;
    rows.push(i);
  }
  if (rows.length < MIN_BRACKET_ROWS) return;
  for (const i of rows) {
    if (!f.covered[i]) f.emit(i, i + 1, NameScore.list);
    if (!f.covered[i + 1]) f.emit(i + 1, i + 2, NameScore.list);
  }
}

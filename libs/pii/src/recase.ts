import { endOfLine, isLetterCode, lowerForLookup } from "./chars.js";
import { POSSESSIVES } from "./names/triggers.js";
import { flagsOf, Word } from "./names/word-flags.js";

// People who type in haste write "mein name ist marta wiśniewska" or "KONTOINHABER ANDREI
// POPESCU", and the rules read names, streets and towns by their capitals. On lines without the
// usual mix of cases, this gives back the capitals the rules need, to the words that are names
// or parts of an address, and to nothing else. The text keeps its length: every offset found on
// the recased view is an offset into the original.

/**
 * Short words, labels, dictated punctuation ("komma", "neue zeile") and a flat's side ("EG li",
 * "2 re"): never a name or a town.
 */
const FUNCTION_WORDS = new Set(
  `und oder aber bei beim im in am an auf aus mit von vom zu zum zur für ist sind war hat habe haben
  bin bist wir ich du er sie es der die das den dem des ein eine einen einem einer kein keine nicht
  nur auch noch schon wie was wer wo wann weil dass ob als bis seit nach vor über unter gegen ohne
  um so ja nein bitte danke mein meine meinen meinem meiner dein sein ihr ihre unser geb geboren
  and or but at in on of to from for is are was has have had am be been the a an not no yes
  my your his her our their me him us them it this that with by as so if then than also just
  please thanks thank dob born tel telefon mobil handy phone fax email mail adresse address plz ort
  nr no str bic iban swift konto blz
  komma punkt doppelpunkt fragezeichen ausrufezeichen neue zeile absatz comma period dot full stop
  new line paragraph
  li re`.split(/\s+/),
);
/** Given names that are everyday words in lower case: "rosa flecken", "miles away", "hung up", "xin chào". */
const EVERYDAY_WORDS = new Set(
  "rosa miles hung xin will may mark bill art hope grace rose iris sunny max".split(" "),
);
/** Words after which a name follows: "name ist …", "my name is …", "name on the account …". */
const NAME_INTRODUCER =
  /(?:^|[\s,;:(])(?:(?:mein|my|ihr|her|his|sein)[ \t]+)?(?:name|nachname|vorname)(?:[ \t]+(?:ist|is|lautet|on the account|auf dem konto))?[ \t]*:?[ \t]*$|(?:^|\s)(?:heiße|heisse|heisst|heißt)[ \t]+$/u;
const ARTICLES = new Set("der die das den dem des ein eine einen einem einer the a an".split(" "));
/** Titles and house words before a family name: "dr hoffmann", "herr rose", "familie yıldız". */
const TITLE_BEFORE = new Set(
  "herr herrn frau dr doktor doctor prof mr mrs ms miss familie fam family nachbar nachbarin".split(" "),
);
const STREET_END = /(?:straße|strasse|str\.?|weg|allee|gasse|platz|ring|damm|ufer|chaussee)$/;
/**
 * Words of a flat or unit before its number: "flat 2", "unit 4". Shared with spoken-view.ts and
 * the name finder.
 */
export const FLAT_WORD = new Set(["flat", "unit", "apartment", "apt"]);
/** Type words that end an English street in lower case. Shared with spoken-view.ts. */
export const EN_STREET_TYPE = new Set(
  "road street avenue lane close drive way crescent grove gardens terrace place court square hill park rise walk mews row wharf quay estate st rd ave ln est cres tce".split(
    " ",
  ),
);
/** A word of letters only, maybe with inner hyphens or apostrophes, and punctuation around it. */
const WORD_CHUNK = /^([("'„“]*)(\p{L}[\p{L}\p{M}'’-]*?)([)"'“”.,;:!?]*)$/u;
const HOUSE_NUMBER = /^\d{1,4}[a-z]?,?$/;
const POSTCODE = /^\d{4,5}$/;
const GERMAN_POSTCODE = /^\d{5}$/;
const DIGIT_END = /\d$/;
const UK_OUTWARD = /^[a-z]{1,2}\d[a-z\d]?$/;
const UK_INWARD = /^\d[a-z]{2}[,.]?$/;

/** A line's label: one or two words and a colon ("Neu:", "Meine Adresse:"). */
const LINE_LABEL = /^[ \t>]*\p{L}[\p{L}.-]*(?:[ \t]\p{L}[\p{L}.-]*)?:[ \t]+/u;
/** A label after which the line is a name: "Account name:", "Kontoinhaber:". */
const NAME_LABEL = /name|inhaber|holder|empfänger|recipient/i;

interface Chunk {
  start: number;
  text: string;
  /** The word inside the chunk, lower case, and where it starts; undefined for non-words. */
  word?: string;
  wordStart?: number;
  /** The word's length as written: "ALİ" is three, its lower case "ali̇" four. */
  wordLength?: number;
  trailing?: string;
}

/** The text with capitals given back on its caseless lines, or undefined when it has none. */
export function recased(text: string): string | undefined {
  let result: string[] | undefined;
  // Most caseless lines ("tel. …", "gesendet von meinem iphone") change nothing: the copy is made
  // on the first character that does change.
  const set = (index: number, char: string) => {
    if (char.length !== 1 || text[index] === char) return;
    result ??= text.split("");
    result[index] = char;
  };
  let colon = text.indexOf(":");
  for (let lineStart = 0; lineStart <= text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    // "Adresse: MÜLHEIMER STR. 27": a label before the colon says nothing of how the rest is typed.
    // The next colon is looked for once per colon, not once per line.
    if (colon !== -1 && colon < lineStart) colon = text.indexOf(":", lineStart);
    const label =
      colon !== -1 && colon < lineEnd && colon < lineStart + 32
        ? LINE_LABEL.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 32)))
        : null;
    const from = lineStart + (label?.[0].length ?? 0);
    const named = label !== null && NAME_LABEL.test(label[0]);
    // "1. MRS PRIYA RAGHUNATHAN   DOB 03/02/1984   Passport 553817294": each cell of a line
    // aligned in columns is typed on its own.
    const cells = cellsOf(text, from, lineEnd);
    for (const [cellStart, cellEnd] of cells) {
      // "TRAN/MINH DUC MSTR": an airline's name in a column, which the booking rule reads in capitals.
      if (cells.length > 1 && BOOKING_NAME.test(text.slice(cellStart, cellEnd))) continue;
      const kind = caseOf(text, cellStart, cellEnd);
      if (kind !== "mixed")
        recaseLine(text.slice(cellStart, cellEnd), cellStart, kind === "lower", named, set);
    }
    lineStart = lineEnd + 1;
  }
  return result?.join("");
}

const COLUMN_GAP = /[ ]{3,}|\t+/g;
const BOOKING_NAME = /[A-Z]\/[A-Z]/;

/** The line's cells apart by a tab or three spaces, or the line as one cell. */
function cellsOf(text: string, from: number, to: number): [number, number][] {
  const line = text.slice(from, to);
  if (!line.includes("   ") && !line.includes("\t")) return [[from, to]];
  const cells: [number, number][] = [];
  let start = from;
  for (const gap of line.matchAll(COLUMN_GAP)) {
    if (gap.index > 0) cells.push([start, from + gap.index]);
    start = from + gap.index + gap[0].length;
  }
  if (start < to) cells.push([start, to]);
  return cells;
}

/**
 * "lower": words, none with a capital but for a few in capitals; "upper": two words or more, all
 * in capitals. Only runs of two letters or more count, and none glued to a digit: codes ("PL67
 * 7216…") and single letters ("A 7 7 3", "i") say nothing about how a writer types. Read char by
 * char: it runs on every line.
 */
function caseOf(text: string, from: number, to: number): "lower" | "upper" | "mixed" {
  let lowerWords = 0;
  let upperWords = 0;
  for (let i = from; i < to; ) {
    if (!isLetterCode(text.charCodeAt(i)) && text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let upper = 0;
    let lower = 0;
    let j = i;
    for (; j < to; j++) {
      const code = text.charCodeAt(j);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
      else if ((code === 45 || code === 39 || code === 0x2019) && isLetterCode(text.charCodeAt(j + 1)))
        continue;
      else if (code >= 0x80 && code !== 0xa0) {
        const char = text[j]!;
        if (char !== char.toLowerCase()) upper++;
        else if (char !== char.toUpperCase()) lower++;
        else if (!/\p{L}|\p{M}/u.test(char)) break;
      } else break;
    }
    if (j - i >= 2 && standsAlone(text, i, j)) {
      if (upper === 0) lowerWords++;
      else if (lower === 0) upperWords++;
      else return "mixed";
    }
    i = Math.max(j, i + 1);
  }
  // "bei DHL angerufen", a spelled name written down ("that's ADAEZE"): a word in capitals here and
  // there in a line of lower-case words is an acronym or a code, not how the line is typed.
  if (lowerWords > 0 && upperWords * 4 <= lowerWords) return "lower";
  if (upperWords >= 2 && lowerWords === 0) return "upper";
  return "mixed";
}

/**
 * A run of letters that is a word of its own, not part of a code, an address or a link: space or
 * an opening mark before it, space, a closing mark or the end of a sentence after it.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = start === 0 ? " " : text[start - 1]!;
  if (!/[\s("'„“]/.test(before)) return false;
  const after = text[end] ?? " ";
  if (/[\s)"'“”,;!?]/.test(after)) return true;
  return (after === "." || after === ":") && /^\s?$/.test(text[end + 1] ?? "");
}

type SetChar = (index: number, char: string) => void;

function recaseLine(line: string, lineStart: number, lower: boolean, named: boolean, set: SetChar): void {
  const chunks: Chunk[] = [];
  for (const match of line.matchAll(/\S+/g)) {
    const chunk: Chunk = { start: lineStart + match.index, text: match[0] };
    const word = WORD_CHUNK.exec(match[0]);
    if (word) {
      chunk.word = lowerForLookup(word[2]!);
      chunk.wordStart = chunk.start + word[1]!.length;
      chunk.wordLength = word[2]!.length;
      chunk.trailing = word[3]!;
    }
    chunks.push(chunk);
  }
  const capitalize = (i: number) => {
    const chunk = chunks[i]!;
    // "with the plate M-KH 415": capitals joined by a hyphen on a line in lower case are a code,
    // kept as they are (a name spelled out, "F A L K", is written down as one word and recased).
    if (lower && chunk.text.includes("-") && chunk.text !== chunk.text.toLowerCase()) return;
    const at = chunk.wordStart!;
    const first = line[at - lineStart]!.toUpperCase();
    if (first.length !== 1) return;
    set(at, first);
    for (let k = 1; k < chunk.wordLength!; k++) {
      // "DEMİR": Turkish "İ" lowers to two characters; "i" keeps the offsets.
      const char = line[at - lineStart + k]!;
      set(at + k, char === "İ" ? "i" : char.toLowerCase());
    }
  };
  const nameWord = (i: number) => {
    const word = chunks[i]?.word;
    return (
      word !== undefined &&
      word.length > 1 &&
      !FUNCTION_WORDS.has(word) &&
      !EVERYDAY_WORDS.has(word) &&
      !(flagsOf(word) & Word.notName)
    );
  };
  // A line of two or three such words alone, in lower case, is a name: "tomasz nowak". In
  // capitals it may as well be codes ("BIC COBADEFFXXX"), unless a label says it is a name
  // ("Account name: NGUYEN THI THU HA").
  const allNames =
    (lower || named) &&
    chunks.length >= 2 &&
    chunks.length <= (named ? 5 : 3) &&
    chunks.every((_, i) => nameWord(i));
  let run = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const previous = chunks[i - 1];
    if (chunk.word === undefined) {
      run = 0;
      recaseUkPostcode(chunks, i, set);
      continue;
    }
    // "FK 6610 2284 0937 GB": two letters after a number are a parcel's country, not a name or town;
    // three capitals after one end a plate or a code ("matricula 7731 LMP").
    const capitals = chunk.word.length === 3 && /^\p{Lu}+$/u.test(chunk.text.slice(0, 3));
    if ((chunk.word.length <= 2 || capitals) && previous !== undefined && DIGIT_END.test(previous.text)) {
      run = 0;
      continue;
    }
    const flags = flagsOf(chunk.word);
    // "joost van der meer": particles stay lower case and keep the run going.
    if (run > 0 && (flags & (Word.particle | Word.leadingParticle)) !== 0) continue;
    const known =
      (flags & (Word.given | Word.surname)) !== 0 && (flags & (Word.notName | Word.ambiguousGiven)) === 0;
    const before = line.slice(0, chunk.start - lineStart);
    // "herr brenner", but not "der herr kommt morgen": an article makes the title a plain noun; a
    // possessive too, unless a given name follows ("meine frau anna", not "meine frau sagt").
    const beforeTitle = chunks[i - 2]?.word ?? "";
    const titled =
      previous?.word !== undefined &&
      TITLE_BEFORE.has(previous.word) &&
      !ARTICLES.has(beforeTitle) &&
      (!POSSESSIVES.has(beforeTitle) || (flags & Word.given) !== 0);
    const introduced = titled || NAME_INTRODUCER.test(before);
    const town = previous !== undefined && POSTCODE.test(previous.text) && nameWord(i);
    const street = STREET_END.test(chunk.word) && HOUSE_NUMBER.test(chunks[i + 1]?.text ?? "");
    // "in winkl 1 84577 tüßling": a village's street, a house number, a German postcode and a town.
    const village =
      lower &&
      HOUSE_NUMBER.test(chunks[i + 1]?.text ?? "") &&
      GERMAN_POSTCODE.test(chunks[i + 2]?.text ?? "") &&
      nameWord(i + 3);
    // A lone known given name needs a word pointing at a person; beside another name it has one.
    // A family name alone after a possessive is a noun: "mein mann sagt", not "eure anneliese".
    const knownHere =
      known &&
      ((flags & Word.given) !== 0 || !POSSESSIVES.has(previous?.word ?? "")) &&
      (nameWord(i + 1) || pointsAtPerson(previous, chunks[i + 1]));
    if (street && nameWord(i) && !lower) {
      // Only in capitals: the lower-case street rule reads "gröpelinger heerstr 180" as it is.
      // "GRÖPELINGER HEERSTR 180": a town's adjective before the street word belongs to it.
      if (previous?.word?.endsWith("er") && nameWord(i - 1)) capitalize(i - 1);
      capitalize(i);
      // "LINDENSTRASSE 12 IN MAINZ": the town after the house number.
      const next = chunks[i + 2]?.word === "a" || chunks[i + 2]?.word === "b" ? i + 3 : i + 2;
      if (chunks[next]?.word === "in" && nameWord(next + 1)) capitalize(next + 1);
      run = 0;
    } else if (street && run > 0) {
      // "ich wohne georg schwarz straße 120": a street named after a person, its name given back.
      capitalize(i);
      run = 0;
    } else if (street && !lower && nameWord(i - 1)) {
      // "MÜLHEIMER STR. 27": the type word stands apart, the name before it.
      capitalize(i - 1);
      capitalize(i);
      run = 0;
    } else if (village && nameWord(i)) {
      capitalize(i);
      run = 0;
    } else if (EN_STREET_TYPE.has(chunk.word) && enStreetBefore(chunks, i)) {
      let k = i;
      for (; k >= 0 && chunks[k]!.word !== undefined; k--) capitalize(k);
      // "flat 2 14 ashby road", "unit 4 riverside business park": the flat before the house number.
      if (FLAT_WORD.has(chunks[k - 1]?.word ?? "")) capitalize(k - 1);
      else if (FLAT_WORD.has(chunks[k - 2]?.word ?? "") && HOUSE_NUMBER.test(chunks[k - 1]?.text ?? ""))
        capitalize(k - 2);
      // "14 cedar court wellington street", "business park harrow lane": a street after a building.
      let last = i;
      for (let j = i + 1; j <= i + 3 && chunks[j]?.word !== undefined; j++) {
        if (EN_STREET_TYPE.has(chunks[j]!.word!)) {
          for (let m = i + 1; m <= j; m++) capitalize(m);
          last = j;
          break;
        }
        if (!nameWord(j)) break;
      }
      // "… road leicester le2 3ld", "… est kingsway warrington wa1 2pe": the town, and a street or
      // district before it, between the street and its postcode.
      for (const words of [1, 2]) {
        const postcode = last + words + 1;
        if (
          chunks.slice(last + 1, postcode).every((chunk) => chunk.word !== undefined) &&
          (words === 1 || nameWord(last + 1)) &&
          UK_OUTWARD.test((chunks[postcode]?.text ?? "").toLowerCase()) &&
          UK_INWARD.test((chunks[postcode + 1]?.text ?? "").toLowerCase())
        ) {
          for (let m = last + 1; m < postcode; m++) capitalize(m);
          break;
        }
      }
      i = last;
      run = 0;
    } else if ((introduced || allNames || town || knownHere || (run > 0 && run < 3)) && nameWord(i)) {
      if (previous?.word !== undefined && TITLE_BEFORE.has(previous.word)) capitalize(i - 1);
      capitalize(i);
      // A run goes on to the family names after a given name: "marta wiśniewska", "pham thi hoa".
      // It may take a word too many ("DANIEL HARTLEY SAID"): a word masked for nothing costs
      // less than a family name left plain.
      run = chunk.trailing === "" ? run + 1 : 0;
    } else {
      run = 0;
    }
  }
}

/**
 * Words after which a lone given name is a person's: "ich bin …", "heißt …", "lg …", "my son …";
 * "dropped my ute off", "absorbent mats" and "partita iva" keep theirs.
 */
const PERSON_BEFORE = new Set(
  `ich me bin heiße heisse heißt heisst is ist am von an mit für for with from grüße grüßen gruß
  regards thanks danke liebe lieber lg mfg vg hi hallo hey dear sohn tochter mann frau mutter vater
  bruder schwester fahrer nachbar nachbarin kollege kollegin son daughter wife husband mom mum dad
  brother sister friend partner`.split(/\s+/),
);

function pointsAtPerson(previous: Chunk | undefined, next: Chunk | undefined): boolean {
  return next === undefined || (previous?.word !== undefined && PERSON_BEFORE.has(previous.word));
}

/** "41 crescent road": a house number at most three words before the street's type word. */
function enStreetBefore(chunks: readonly Chunk[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (/^\d{1,5}[a-z]?$/.test(chunks[k]!.text)) return k < i - 1;
    if (chunks[k]!.word === undefined) return false;
  }
  return false;
}

/** "sw1a 1aa" → "SW1A 1AA": a British postcode in lower case. */
function recaseUkPostcode(chunks: readonly Chunk[], i: number, set: SetChar): void {
  const outward = chunks[i - 1];
  if (outward === undefined || !UK_INWARD.test(chunks[i]!.text) || !UK_OUTWARD.test(outward.text)) return;
  for (const chunk of [outward, chunks[i]!])
    for (let k = 0; k < chunk.text.length; k++) {
      set(chunk.start + k, chunk.text[k]!.toUpperCase());
    }
}

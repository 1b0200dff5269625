import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// German addresses with their parts out of order, as people new to the format write them:
// "Hannover 30159 , Lange Laube Str. 22 , kv. 5", "Eisenbahnstrasse , 04315 Leipzig , Nr 102 , WG
// im 2.OG", "Magdeburg, Breiter weg 221, 39104". Commas split a line into parts; a run of parts
// that holds a street (a word with a street's ending, misspelt too) and a five-digit postcode,
// and besides them only a town, a house number, a floor or a flat, is one address.

const STREET_TYPE = String.raw`(?:[Ss]tra(?:ß|ss|s)e|[Ss]tr\.?|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad)`;
const HOUSE_NUMBER = String.raw`\d{1,4}[a-zA-Z]?(?:[ \u00a0]*[/-][ \u00a0]*\d{1,4}[a-z]?)?`;
/** "Kaiserstraße 44 floor 3 right side": a flat or floor after the number, no comma between. */
const UNIT_AFTER = String.raw`(?:[ \u00a0]+(?:[Ff]loor|[Aa]pt\.?|[Aa]partment|Wohnung|Whg\.?|App\.?|Zimmer)[\p{L}\d .]{1,24})?`;
/** "Hauptstrase 12a", "Lange Laube Str. 22", "Breiter weg 221", "Bochumer Str.Nr 87", "Waller Heerstr.". */
const STREET = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*[ \u00a0]){0,3}(?:\p{Lu}[\p{L}'’-]*)?${STREET_TYPE}(?:[ \u00a0]*(?:Nr\.?|Haus)?[ \u00a0]*${HOUSE_NUMBER}${UNIT_AFTER})?$`,
  "u",
);
const NUMBER = new RegExp(String.raw`^(?:(?:Nr\.?|Hausnr\.?|Haus|No\.?)[ \u00a0]*)?${HOUSE_NUMBER}$`);
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:am|an der|an|im|in|ob|bei)[ \u00a0]+)\p{Lu}[\p{L}'’.-]*|[ \u00a0]*\(\p{Lu}\p{L}*\)|[ \u00a0]+a\.[ \u00a0]?\p{Lu}\.?)?`;
const TOWN_ONLY = new RegExp(`^${TOWN}$`, "u");
/** "39104", "04315 Leipzig", "Offenbach am Main 63067". */
const POSTCODE = new RegExp(String.raw`^(?:\d{5}|\d{5}[ \u00a0]+${TOWN}|${TOWN}[ \u00a0]+\d{5})$`, "u");
/**
 * "WG im 2.OG", "Vorderhaus 3.OG rechts", "Zimmer 7 (Wohnheim)", "kv. 5", "floor 3 right side",
 * "house 2", "bei Familie Saleh": where in the house, or whose.
 */
const UNIT_WORD =
  /(?:^|[\s.\d°])(?:WG|App\.?|Apt\.?|Flat|Unit|Wohnung|Whg\.?|Zimmer|Zi\.|kv\.|Vorderhaus|Hinterhaus|Seitenflügel|Erdgeschoss|EG|DG|OG|Stock|Etage|Obergeschoss|andar|piso|piano|étage|floor|links|rechts|right|left|[Hh]ouse|[Bb]uilding|[Aa]partment|[Hh]aus|Gebäude|Aufgang|Familie)(?=$|[\s.,()\d])/u;
/** A unit's part opens with its number or its word and stays short. */
const UNIT_TEXT =
  /^(?:\d|WG|App|Apt|Flat|Unit|Wohnung|Whg|Zimmer|Zi\.|kv\.|Vorderhaus|Hinterhaus|Seitenflügel|Erdgeschoss|EG|DG|OG|links|rechts|right|left|[Ff]loor|[Hh]ouse|[Bb]uilding|[Aa]partment|[Aa]pt|[Tt]op|[Gg]round|Haus|Gebäude|Aufgang|bei Familie|c\/o)[\p{L}\d.()° ]{1,31}$/u;

/** "Adresse Dorotheenstraße 140": a label before the street is no part of it. */
const LABEL_WORD = /^(?:\p{L}*[Aa]dresse?|Anschrift|Wohnort|Lieferstelle)[ \u00a0:]/u;

const STREET_HINT = /stra(?:ß|ss|s)e|str\.|str\b|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad/i;
const POSTCODE_HINT = /(?<!\d)\d{5}(?!\d)/;

const SENTENCE_END = /(?<=\p{Ll}{3}|\d)[.;:!?]+$/u;

type Kind = "street" | "number" | "town" | "postcode" | "unit";

function kindOf(part: string): Kind | undefined {
  if (STREET.test(part)) return "street";
  if (POSTCODE.test(part)) return "postcode";
  if (NUMBER.test(part)) return "number";
  if (UNIT_TEXT.test(part) && UNIT_WORD.test(part)) return "unit";
  if (TOWN_ONLY.test(part)) return "town";
  return undefined;
}

interface Part {
  start: number;
  end: number;
  kind: Kind;
}

export function detectScrambledAddresses(text: string, out: Span[]): void {
  if (!/\d{5}/.test(text)) return;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    // Cheap looks first: a comma, a street's ending, and a postcode here or on the line below.
    if (line.length <= 500 && line.includes(",") && STREET_HINT.test(line)) {
      const next = text.slice(lineEnd + 1, lineEnd + 40);
      if (POSTCODE_HINT.test(line) || POSTCODE_HINT.test(next))
        addressesInLine(text, lineStart, lineEnd, out);
    }
    lineStart = lineEnd + 1;
  }
}

function addressesInLine(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  const bounds: [number, number][] = [];
  let from = lineStart;
  for (
    let comma = text.indexOf(",", from);
    comma !== -1 && comma < lineEnd;
    comma = text.indexOf(",", from)
  ) {
    bounds.push([from, comma]);
    from = comma + 1;
  }
  bounds.push([from, lineEnd]);
  if (bounds.length > 9) return;
  let run: Part[] = [];
  const flush = () => {
    const address = trimmed(text, run);
    const complete = address.some((p) => p.kind === "street") && address.some((p) => p.kind === "postcode");
    if (address.length >= 2 && complete)
      out.push({
        type: EntityType.ENTITY_TYPE_STREET_ADDRESS,
        start: address[0]!.start,
        end: address[address.length - 1]!.end,
        score: Score.context,
      });
    run = [];
  };
  for (const [start, end] of bounds) {
    if (run.length > 0) {
      const part = whole(text, start, end);
      if (part !== undefined) {
        run.push(part);
        continue;
      }
      // "kv. 5 (\"kv.\" is Russian …": the part's beginning ends the run, prose follows.
      const closing = head(text, start, end);
      if (closing !== undefined) run.push(closing);
      flush();
      if (closing !== undefined) {
        const opening = tail(text, closing.end, end);
        if (opening !== undefined) run.push(opening);
        continue;
      }
    }
    // A part may end in one that opens a run: "Old adress was Hauptstrase 12a".
    const opening = tail(text, start, end);
    if (opening !== undefined) run.push(opening);
  }
  const below = partBelow(text, lineStart, lineEnd, run);
  if (below !== undefined) run.push(below);
  flush();
}

/** Words that open the next line of a letter, not a town: "Telefon", "Mit freundlichen …". */
const NOT_TOWN_BELOW =
  /^(?:Tel|Telefon|Telephone|Phone|Mobil|Mobile|Handy|Fax|E-?Mail|Mail|IBAN|BIC|Konto|Kontakt|Mit|Viele|Beste|Liebe|Danke|Thanks|Best|Kind|Regards|Gruß|Grüße|Meine?|My|Ich|Wir|Bitte|Please)\b/;

/**
 * The address's last part on the line below the run: a postcode and town under a street without
 * one ("Frankfurter Str, 88 , Wohnung 5" over "15230 Frankfurt (Oder)"), or the town under a bare
 * postcode ("Schweizer Straße 27, 60594" over "Frankfurt am Main, …").
 */
function partBelow(text: string, lineStart: number, lineEnd: number, run: readonly Part[]): Part | undefined {
  const last = run[run.length - 1];
  if (last === undefined || last.end !== trimmedEnd(text, lineStart, lineEnd)) return undefined;
  const next = lineEnd + 1;
  if (!run.some((p) => p.kind === "postcode")) {
    const postcode = whole(text, next, endOfLine(text, next));
    return postcode?.kind === "postcode" ? postcode : undefined;
  }
  if (last.kind !== "postcode" || !/^\d{5}$/.test(text.slice(last.start, last.end))) return undefined;
  // The town's part of the line, after its quote marks ("> Dortmund"): up to its end or its first
  // comma, and of that the beginning that reads as a town ("Karlsruhe. Der Halter …").
  const from = next + /^[ \t>]*/.exec(text.slice(next, next + 20))![0].length;
  const stop = text.slice(from).search(/[\n,]/);
  const town = head(text, from, stop === -1 ? text.length : from + stop);
  if (town?.kind !== "town" || NOT_TOWN_BELOW.test(text.slice(town.start, town.end))) return undefined;
  // Read as the postcode's town, it belongs to the address like "04315 Leipzig".
  return { ...town, kind: "postcode" };
}

/**
 * The run without the parts that cannot be told from a name or a word: a town alone only beside
 * a bare postcode, next to the street or the postcode ("Magdeburg, Breiter weg 221, 39104",
 * "Paderborn, 33098, Bahnhofstr. 12").
 */
function trimmed(text: string, run: Part[]): Part[] {
  const barePostcode = run.some((p) => p.kind === "postcode" && /^\d{5}$/.test(text.slice(p.start, p.end)));
  let first = 0;
  let last = run.length - 1;
  const townAllowed = (neighbour: number) =>
    barePostcode &&
    (run[neighbour]?.kind === "street" || run[neighbour]?.kind === "postcode") &&
    run.filter((p) => p.kind === "town").length === 1;
  // "Mannheim, Neckarstadt-West, Lange Rötterstraße 19, 68167": a town and its district first.
  const district = run[0]?.kind === "town" && run[1]?.kind === "town" && run[2]?.kind === "street";
  if (district && barePostcode) return run;
  // "Zielke, Hartmut, Fichtestraße 17, 63303 Dreieich": a court's "family name, given name" first.
  while (run[first]?.kind === "town" && first < last && !townAllowed(first + 1)) first++;
  while (run[last]?.kind === "town" && last > first && !townAllowed(last - 1)) last--;
  const kept = run.slice(first, last + 1);
  return kept.some((p, i) => p.kind === "town" && i !== 0 && i !== kept.length - 1) ? [] : kept;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function whole(text: string, start: number, end: number): Part | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  end = trimmedEnd(text, start, end);
  // "… 10115 Berlin.": the sentence's full stop, not an abbreviation's ("Frankfurt a.M.").
  const stop = SENTENCE_END.exec(text.slice(start, end));
  if (stop !== null) end -= stop[0].length;
  const kind = kindOf(text.slice(start, end));
  return kind === undefined ? undefined : { start, end, kind };
}

/** The longest end of the part that reads as one ("Adresse hier: Eisenbahnstrasse"). */
function tail(text: string, start: number, end: number): Part | undefined {
  end = trimmedEnd(text, start, end);
  for (let at = start; at < end; at++) {
    if (at > start && !/[\s:(„"«]/.test(text[at - 1]!)) continue;
    if (/\s/.test(text[at]!) || LABEL_WORD.test(text.slice(at, at + 20))) continue;
    const kind = kindOf(text.slice(at, end));
    // A run opens with a street, a town or a postcode, never with a flat or a bare number.
    if (kind === undefined || kind === "unit" || kind === "number") continue;
    const before = text.slice(Math.max(start, at - 24), at);
    // "07531 68 22 94, Seestraße 9": the end of a phone number; "Dennis Wahl, …": a name's end.
    if (/\d[\s/-]*$/.test(before) || (kind === "town" && /\p{Lu}\p{L}*[ \u00a0]+$/u.test(before))) continue;
    return { start: at, end, kind };
  }
  return undefined;
}

/** The longest beginning of the part that reads as one ("Erdgeschoss links. Seit Freitag …"). */
function head(text: string, start: number, end: number): Part | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  for (let at = trimmedEnd(text, start, end); at > start; at--) {
    if (at < end && !/[\s.;:!?»"“)]/.test(text[at]!)) continue;
    // "0711 3821466": a number that goes on after a space is a phone's, not a house's.
    if (/^[\s./-]*\d/.test(text.slice(at, end))) continue;
    const value = text.slice(start, at).replace(/[\s.;:!?»"“(]+$/, "");
    // "67346 Speyer – Ines Walter": a word after a spaced dash with another capitalized one after
    // it is a person's name, not the town's district ("Dortmund - Kreuzviertel").
    if (
      /[ \u00a0][-–][ \u00a0]/.test(value) &&
      /^[ \u00a0]+\p{Lu}/u.test(text.slice(start + value.length, end))
    )
      continue;
    const kind = kindOf(value);
    if (kind !== undefined) return { start, end: start + value.length, kind };
  }
  return undefined;
}

import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Addresses in much of the world follow no street rule of ours, but name their parts with words
// of their own: "Purok 4, Barangay San Isidro", "Jl. Kenanga II No. 14, RT 003/RW 007",
// "Kelurahan Sukajadi", "Plot 1147, Kado Estate, off Ahmadu Bello Way", "near Sri Varasiddhi
// Temple". A run of up to four lines that holds two such words or more, and a digit, is read as
// one address, with the town line after it.

const MARKER = new RegExp(
  [
    String.raw`\b(?:Barangay|Brgy\.|Purok|Sitio|Subdivision|Subd\.|Blk\.?[ \u00a0]?\d|Lot[ \u00a0]\d|Phase[ \u00a0]\d)`,
    String.raw`\b(?:Jl\.|Jalan|Gang|Kelurahan|Kecamatan|Kabupaten|Kota|Desa|Dusun|Taman|Lorong|Kampung)[ \u00a0]`,
    String.raw`\bRT[ \u00a0.]?\d{1,3}[ \u00a0]?\/[ \u00a0]?RW[ \u00a0.]?\d{1,3}`,
    String.raw`\b(?:Plot|House|Flat|H\/No\.?|House No\.?|Door No\.?|Block|Wing|Sector|Phase)[ \u00a0]+[A-Z0-9]`,
    // "House # 45", "H. No. 221", "Hse No. 14", "Zone 3", "5th Cross", "9th Main".
    String.raw`\b(?:House[ \u00a0]?#|H\.[ \u00a0]?No\.|Hse\.?[ \u00a0]No\.|Zone[ \u00a0]\d|\d{1,2}(?:st|nd|rd|th)[ \u00a0](?:Cross|Main)\b)`,
    // South Asian parts: "Rajalakshmi Nagar", "HSR Layout", "Tehsil Phagwara", "Distt. Kapurthala".
    String.raw`\b(?:\p{Lu}[\p{L}]+[ \u00a0](?:Nagar|Layout|Colony)\b|Tehsil[ \u00a0]|Distt?\.[ \u00a0]|Village[ \u00a0]&)`,
    String.raw`\b[A-Z][\p{L}]+[ \u00a0]Estate\b`,
    String.raw`\boff[ \u00a0]+(?:[A-Z][\p{L}]+[ \u00a0]){1,3}(?:Road|Street|Way|Avenue|Close|Crescent)\b`,
    String.raw`\b(?:near|Near|opp\.|Opp\.|opposite|Opposite|behind|Behind)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]`,
    String.raw`\b(?:Đường|Phường|Quận|Huyện|Colonia|Col\.|Fraccionamiento|Bairro)[ \u00a0]`,
    // Transliterated: Russian and Ukrainian ("Nevskiy pr., d. 114, kv. 27"), Persian ("Kucheh 14,
    // Pelak 23"), Arabic ("Hay al-Waer, Sharia al-Jamia"), Chinese ("Street No. 5, …, Haidian District").
    String.raw`\b(?:ul\.|ulitsa|prospekt|pr\.|per\.|pereulok|nab\.|shosse|kv\.|korp\.|bld\.|d\.[ \u00a0]\d)`,
    String.raw`\b(?:Kucheh|Kuche|Pelak|Khiyaban|Kheyaban|Bolvar(?:-e)?|Sharia|Shari['’]a|Hay[ \u00a0]al-)`,
    String.raw`\b(?:(?:Street|Road|Rd\.|Avenue|Lane)[ \u00a0]No\.[ \u00a0]\d|(?:Room|Rm\.?|No\.|Unit)[ \u00a0]\d{1,5}[A-Z]?,|Bldg\.[ \u00a0]?\d|\d{1,2}(?:st|nd|rd|th)[ \u00a0][Ff]loor|\p{Lu}[\p{L}]+[ \u00a0](?:Building|District)\b)`,
  ].join("|"),
  "gu",
);
const MARKER_HINT =
  /Barangay|Brgy|Purok|Sitio|Subd|Blk|Lot |Jl\.|Jalan|Kelurahan|Kecamatan|RT|Plot|Estate|off |near |H\/No|House|Flat|Block|Wing|Sector|Phase|Đường|Phường|Quận|Colonia|Col\.|Bairro|Zone \d|(?:st|nd|rd|th) (?:Cross|Main)|Nagar|Layout|Colony|Tehsil|Distt?\.|Village &|Near [A-Z]|[Oo]pp\.|[Bb]ehind [A-Z]|House #|H\. ?No\.|Hse\.? No\.|ul\.|ulitsa|prospekt|kv\.|korp\.|bld\.|Kuche|Pelak|Khiyaban|Kheyaban|Bolvar|Shari|Hay al-|Room \d|Rm|Unit \d|No\. \d|Bldg|(?:st|nd|rd|th) [Ff]loor| Building| District/;
/** A line that closes the block: a town with its postcode, a city, a region or a state. */
const TOWN_LINE =
  /^[ \u00a0]*(?:\p{Lu}[\p{L}.'’-]*[ \u00a0,-]*){1,6}(?:\d{4,6}(?:[ \u00a0,]+\p{Lu}[\p{L} ]{2,25})?|City|Region|Province|District|State|FCT)?[ \u00a0.]*$/u;
/** "Digital Address: GA-184-3027": Ghana's code for the place, on the line after the address. */
const DIGITAL_ADDRESS_LINE =
  /^[ \u00a0]*Digital[ \u00a0][Aa]ddress:?[ \u00a0]*[A-Z]{2}-\d{3,4}-\d{4}[ \u00a0.]*$/;
const MAX_LINES = 4;
const MAX_LINE_LENGTH = 90;

export function detectAddressMarkerBlocks(text: string, out: Span[]): void {
  if (!MARKER_HINT.test(text)) return;
  const lines: { start: number; end: number; markers: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    const end = endOfLine(text, start);
    const line = text.slice(start, end);
    const markers = line.length > MAX_LINE_LENGTH ? 0 : (line.match(MARKER)?.length ?? 0);
    lines.push({ start, end, markers });
    start = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.markers === 0) continue;
    let last = i;
    let markers = lines[i]!.markers;
    // A line that ends in a comma goes on in the next, markers or not.
    const goesOn = (k: number) =>
      lines[k + 1]!.markers > 0 || /,[ \u00a0]*$/.test(text.slice(lines[k]!.start, lines[k]!.end));
    while (last + 1 < lines.length && last + 1 - i < MAX_LINES && goesOn(last)) {
      last++;
      markers += lines[last]!.markers;
    }
    const next = lines[last + 1];
    const town =
      next !== undefined && next.end > next.start && TOWN_LINE.test(text.slice(next.start, next.end));
    const end = town ? next.end : lines[last]!.end;
    const from = blockStart(text, lines[i]!.start, lines[i]!.end);
    // A fallback: where another rule already read all of this block, its reading stands; a block
    // that goes on past it ("Sector 6" read, its lines around not) is pushed to merge with it.
    const taken = out.some((span) => span.start < end && span.end > from);
    const within = out.some((span) => span.start <= from && span.end >= end);
    const fits = !taken || (!within && !proseIn(text.slice(from, end)));
    if (markers >= 2 && fits && /\d/.test(text.slice(from, end)))
      out.push({ type: EntityType.ENTITY_TYPE_STREET_ADDRESS, start: from, end, score: Score.context });
    i = town ? last + 1 : last;
  }
}

/** Lower-case words an address holds: "near", "off", "opp.", "behind", particles of names. */
const ADDRESS_LOWER = new Set(
  "near off opp. opposite behind beside and of the de da del la dos das van von".split(" "),
);

/** Two lower-case words or more that no address holds: "Das Paket geht jetzt nach No. 9, …". */
function proseIn(block: string): boolean {
  let words = 0;
  for (const word of block.matchAll(/(?<![\p{L}\d])\p{Ll}[\p{L}.]+/gu))
    if (!ADDRESS_LOWER.has(word[0]) && ++words >= 2) return true;
  return false;
}

/** An address right before a line "Digital Address: GA-184-3027" takes that line in. */
export function withDigitalAddresses(text: string, found: Span[]): void {
  if (!text.includes("igital")) return;
  for (const span of found) {
    const newline = /^[ \u00a0,.]*\r?\n/.exec(text.slice(span.end, span.end + 4));
    if (newline === null) continue;
    const start = span.end + newline[0].length;
    const end = endOfLine(text, start);
    if (DIGITAL_ADDRESS_LINE.test(text.slice(start, end))) span.end = end;
  }
}

/** Where the address starts on its first line: after a label ("Address:", "Lieferadresse:"). */
function blockStart(text: string, start: number, end: number): number {
  const label = /^[^:\n]{0,30}:[ \u00a0]*/.exec(text.slice(start, end));
  let from = label === null ? start : start + label[0].length;
  while (from < end && /\s/.test(text[from]!)) from++;
  return from;
}

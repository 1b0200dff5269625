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
    String.raw`\b[A-Z][\p{L}]+[ \u00a0]Estate\b`,
    String.raw`\boff[ \u00a0]+(?:[A-Z][\p{L}]+[ \u00a0]){1,3}(?:Road|Street|Way|Avenue|Close|Crescent)\b`,
    String.raw`\bnear[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]`,
    String.raw`\b(?:Đường|Phường|Quận|Huyện|Colonia|Col\.|Fraccionamiento|Bairro)[ \u00a0]`,
  ].join("|"),
  "gu",
);
const MARKER_HINT =
  /Barangay|Brgy|Purok|Sitio|Subd|Blk|Lot |Jl\.|Jalan|Kelurahan|Kecamatan|RT|Plot|Estate|off |near |H\/No|House|Flat|Block|Wing|Sector|Phase|Đường|Phường|Quận|Colonia|Col\.|Bairro/;
/** A line that closes the block: a town with its postcode, a city, a region or a state. */
const TOWN_LINE =
  /^[ \u00a0]*(?:\p{Lu}[\p{L}.'’-]*[ \u00a0,-]*){1,6}(?:\d{4,6}(?:[ \u00a0,]+\p{Lu}[\p{L} ]{2,25})?|City|Region|Province|District|State|FCT)?[ \u00a0.]*$/u;
const MAX_LINES = 4;
const MAX_LINE_LENGTH = 90;

export function detectAddressMarkerBlocks(text: string, out: Span[]): void {
  if (!MARKER_HINT.test(text)) return;
  const lines: { start: number; end: number; markers: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const markers = line.length > MAX_LINE_LENGTH ? 0 : (line.match(MARKER)?.length ?? 0);
    lines.push({ start, end, markers });
    start = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.markers === 0) continue;
    let last = i;
    let markers = lines[i]!.markers;
    while (last + 1 < lines.length && last + 1 - i < MAX_LINES && lines[last + 1]!.markers > 0) {
      last++;
      markers += lines[last]!.markers;
    }
    const next = lines[last + 1];
    const town =
      next !== undefined && next.end > next.start && TOWN_LINE.test(text.slice(next.start, next.end));
    const end = town ? next.end : lines[last]!.end;
    const from = blockStart(text, lines[i]!.start, lines[i]!.end);
    // A fallback: where another rule already read an address here, its reading stands.
    const taken = out.some((span) => span.start < end && span.end > from);
    if (markers >= 2 && !taken && /\d/.test(text.slice(from, end)))
      out.push({ type: EntityType.ENTITY_TYPE_STREET_ADDRESS, start: from, end, score: Score.context });
    i = town ? last + 1 : last;
  }
}

/** Where the address starts on its first line: after a label ("Address:", "Lieferadresse:"). */
function blockStart(text: string, start: number, end: number): number {
  const label = /^[^:\n]{0,30}:[ \u00a0]*/.exec(text.slice(start, end));
  let from = label === null ? start : start + label[0].length;
  while (from < end && /\s/.test(text[from]!)) from++;
  return from;
}

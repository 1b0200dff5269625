import { EntityType } from "../entity-types.js";
import { matchSpan, Score, type Span } from "../spans.js";

// A German land register's parcel: "Gemarkung Lutten, Flur 7, Flurstücke 203/1 und 203/2",
// "Molbergen-Dwergte, Flur 9, Flurstück 134/6", "FLURSTÜCK 77/3 GEMARKUNG HALEN". A farm or a plot
// without a street is found by it, and the land register names its owner.

/** "Lohne", "Molbergen-Dwergte", "Bad Zwischenahn"; in capitals one word, so "HALEN BRINGT" is not one. */
const PLACE = String.raw`\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+|[ \u00a0]\p{Lu}\p{Ll}+)?`;
const GAP = String.raw`,?[ \u00a0]+`;
const PARCEL = String.raw`\d{1,5}(?:\/\d{1,4})?`;
const PARCELS = String.raw`${PARCEL}(?:(?:,|[ \u00a0]und|[ \u00a0]and|[ \u00a0]u\.)[ \u00a0]*${PARCEL})*`;
const GEMARKUNG = String.raw`(?:Gemarkung|GEMARKUNG)[ \u00a0]+${PLACE}`;
const FLUR = String.raw`(?:Flur|FLUR)[ \u00a0]+\d{1,3}`;
const FLURSTUECK = String.raw`(?:Flurstücke?|FLURSTÜCKE?|Flst\.)[ \u00a0]*${PARCELS}`;

const LAND_PARCEL = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${GEMARKUNG}${GAP}(?:${FLUR}${GAP})?|${PLACE}${GAP}${FLUR}${GAP})${FLURSTUECK}|${FLURSTUECK}${GAP}(?:${FLUR}${GAP})?${GEMARKUNG})(?![\p{L}\d])`,
  "gu",
);

export function detectLandParcels(text: string, out: Span[]): void {
  if (!text.includes("lurst") && !text.includes("LURST") && !text.includes("Flst.")) return;
  for (const match of text.matchAll(LAND_PARCEL))
    out.push(matchSpan(EntityType.ENTITY_TYPE_STREET_ADDRESS, match, Score.keyword));
}

import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A reservation system's record pasted into a mail, as travel agencies and airlines forward them.
// Its passenger lines follow IATA's formats: "SSR DOCS RW HK1 P/GBR/538216093/GBR/21JAN79/M/
// 03MAR31/OKONKWO/CHINEDU/P1" gives a passport's number, a birth date and a name; "SSR CHLD RW HK1
// 12MAR14/P3" and "MISS(CHD/12MAR14)" a child's birth date.

/** Document type, issuer, number, nationality, birth date, sex, expiry, family and given names. */
const SSR_DOCS =
  /SSR[ \u00a0]+DOCS[ \u00a0][A-Z0-9 \u00a0]{0,24}?[ \u00a0][A-Z]{1,2}\/[A-Z]{3}\/([A-Z0-9]{5,20})\/[A-Z]{3}\/(\d{2}[A-Z]{3}\d{2})\/[MFXU]I?\/\d{2}[A-Z]{3}\d{2}\/([A-Z][A-Z' -]{0,40}\/[A-Z][A-Z' -]{0,40}?)(?=\/|[ \t]*(?:\r?\n|$))/dg;
/** A child's or infant's birth date: "SSR CHLD RW HK1 12MAR14", "(CHD/12MAR14)", "INF/05OCT23". */
const CHILD_BIRTH_DATE =
  /(?:SSR[ \u00a0]+CHLD[ \u00a0][A-Z0-9 \u00a0]{0,24}?[ \u00a0]|\b(?:CHD|INF)\/)(\d{2}[A-Z]{3}\d{2}(?:\d{2})?)(?![A-Z0-9])/dg;

export function detectBookingRecords(text: string, out: Span[]): void {
  if (!text.includes("SSR") && !text.includes("CHD/") && !text.includes("INF/")) return;
  for (const match of text.matchAll(SSR_DOCS)) {
    const fields: [EntityType, number][] = [
      [EntityType.ENTITY_TYPE_ID_DOCUMENT, 1],
      [EntityType.ENTITY_TYPE_DATE_OF_BIRTH, 2],
      [EntityType.ENTITY_TYPE_PERSON, 3],
    ];
    for (const [type, group] of fields) {
      const [start, end] = match.indices![group]!;
      out.push({ type, start, end, score: Score.format });
    }
  }
  for (const match of text.matchAll(CHILD_BIRTH_DATE)) {
    const [start, end] = match.indices![1]!;
    out.push({ type: EntityType.ENTITY_TYPE_DATE_OF_BIRTH, start, end, score: Score.format });
  }
}

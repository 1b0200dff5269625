import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// "the cello rental (MV-2795)", "Mietvertrag läuft auf mich (MV 0448 7192 66, …)", "die
// Privathaftpflicht (PHV 2240096)": a rental's, a contract's or a policy's code in brackets a few
// words after the thing it numbers, with no "Nr." between. Too short for a reference by its shape
// alone ("MV-2795"), it is told by the word before.

/** Capitals, then a dash and digit groups, or digits after a space: 4 digits at least, 5 after a space. */
const BRACKETED_CODE =
  /\(([A-ZÄÖÜ]{1,4}(?:-\d{2,8}(?:-\d{1,6})?|[ \u00a0]\d{5,10}|[ \u00a0]\d{3,4}(?:[ \u00a0]\d{2,4}){1,3}))(?=[),])/gu;
/** A rental, contract or policy (also inside a compound: "Cellomiete", "Hausratversicherung"), then up to four words. */
const CONTRACT_BEFORE =
  /(?:(?<![\p{L}])(?:rental|lease|tenancy|contract|policy|police)|\p{L}*(?:miete|vertrag|versicherung|haftpflicht))(?:[ \u00a0]+[\p{L}'’]+){0,4}[ \u00a0]*$/iu;
/** Standards and registers in brackets ("(EN 13485)", "(HRB 20931)") are no one's contract. */
const NOT_CONTRACT_PREFIX = /^(?:ISO|DIN|EN|IEC|VDE|HRB|HRA|BGB|VVG|AVB|GDPR|DSGVO)\b/;
const MAX_WORDS_BEFORE = 60;

export function detectBracketedContracts(text: string, out: Span[]): void {
  if (!text.includes("(")) return;
  for (const match of text.matchAll(BRACKETED_CODE)) {
    const code = match[1]!;
    if (NOT_CONTRACT_PREFIX.test(code)) continue;
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    const before = text.slice(Math.max(lineStart, match.index - MAX_WORDS_BEFORE), match.index);
    if (!CONTRACT_BEFORE.test(before)) continue;
    const start = match.index + 1;
    out.push({
      type: EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
      start,
      end: start + code.length,
      score: Score.keyword,
    });
  }
}

import { entityTypeFromName, PlaceholderTable, unmaskText } from "@poststelle/pii";

/** Placeholders as the masker writes them. */
const CANONICAL = /\[\[([A-Z][A-Z_]*)_(\d{1,6})\]\]/g;

/** The distinct placeholders in some masked texts, e.g. {"[[PERSON_1]]", "[[ORDER_NUMBER_1]]"}. */
export function placeholdersIn(...texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(CANONICAL)) {
      if (entityTypeFromName(match[1] ?? "") !== undefined) set.add(match[0]);
    }
  }
  return set;
}

export interface ResolvedPlaceholders {
  /** The text with every owned placeholder in canonical form, however the model mangled it. */
  text: string;
  /** Placeholder-like tokens the mail does not own, as written. */
  foreign: string[];
}

/**
 * Reads a draft's placeholders the way unmask will (pii's tolerant matcher: case, spaces, single
 * brackets), against a table that maps each placeholder the mail owns to itself. So what counts
 * as a placeholder here is exactly what the vault would later be asked to resolve.
 */
export function resolvePlaceholders(text: string, owned: ReadonlySet<string>): ResolvedPlaceholders {
  const entries = [...owned].map((placeholder) => {
    const type = placeholder.slice(2, placeholder.lastIndexOf("_"));
    return { placeholder, type, value: placeholder, variants: [] };
  });
  const table = PlaceholderTable.fromJSON({ version: 1, entries });
  const result = unmaskText(text, table);
  return { text: result.text, foreign: result.unknown };
}

/** The text with every canonical placeholder replaced (for scans that must not see them). */
export function withoutPlaceholders(text: string, replacement = " "): string {
  return text.replace(CANONICAL, replacement);
}

import { EntityType } from "./entity-types.js";

const SEPARATORS = /[\s\u00a0./-]+/g;

/**
 * The form under which two spellings of one value count as the same value, so they share a
 * placeholder: "+49 30 1234567" and "030/1234567", "DE89 3704…" and "de893704…".
 */
export function normalizeValue(type: EntityType, value: string): string {
  const trimmed = value.trim();
  switch (type) {
    case EntityType.ENTITY_TYPE_EMAIL:
      return trimmed.toLowerCase();
    case EntityType.ENTITY_TYPE_PHONE:
      return normalizePhone(trimmed);
    case EntityType.ENTITY_TYPE_URL:
    case EntityType.ENTITY_TYPE_SECRET:
      return trimmed;
    case EntityType.ENTITY_TYPE_STREET_ADDRESS:
      return trimmed
        .toLowerCase()
        .replace(/strasse|str\./g, "straße")
        .replace(/[\s\u00a0,>]+/g, " ");
    case EntityType.ENTITY_TYPE_DATE_OF_BIRTH:
      return normalizeDate(trimmed);
    default:
      return trimmed.toUpperCase().replace(SEPARATORS, "");
  }
}

/**
 * "+49 (0)30 123", "0049 30 123" and "030/123" all become "+4930123". National numbers are read
 * as German: a guess that only decides whether two spellings share a placeholder.
 */
function normalizePhone(value: string): string {
  const international = value.startsWith("+") || value.startsWith("00");
  let digits = value.replace(/\(0\)/g, "").replace(/\D/g, "");
  if (value.startsWith("00")) digits = digits.slice(2);
  if (international) return `+${digits}`;
  return digits.startsWith("0") ? `+49${digits.slice(1)}` : digits;
}

function normalizeDate(value: string): string {
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(value);
  if (numeric !== null) {
    const year = numeric[3]!.length === 2 ? `19${numeric[3]}` : numeric[3]!;
    return `${year}-${numeric[2]!.padStart(2, "0")}-${numeric[1]!.padStart(2, "0")}`;
  }
  return value.toLowerCase().replace(/[\s\u00a0.,]+/g, " ");
}

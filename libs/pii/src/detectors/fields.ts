import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Webhook payloads and form exports pasted into a mail name their fields: `"nachname": "…"`,
// `lead.last_name="…"`, `"shipping_address": "…"`. The field's name says what its quoted value is.

const NAME_FIELD = String.raw`(?:first|last|given|family|sur|full|vor|nach|middle|maiden|(?:customer|billing|shipping|contact|card_?holder|account_?holder|buyer|recipient|guest|passenger|patient)_?)_?name`;
const ADDRESS_FIELD = String.raw`(?:(?:shipping|billing|delivery|postal|home|street|customer)_?)?(?:address(?:_?line_?[12])?|street|strasse|straße|anschrift|adresse)`;
/** A field's name, perhaps after an object's ("lead.", "customer_"), its quote, ":" or "=", and the quoted value. */
const FIELD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[A-Za-z]+[._])*(?:(${NAME_FIELD})|(${ADDRESS_FIELD}))"?[ \t]*[:=][ \t]*"([^"\n]{1,100})"`,
  "giu",
);

export function detectNamedFields(text: string, out: Span[]): void {
  if (!text.includes('"')) return;
  for (const match of text.matchAll(FIELD)) {
    const value = match[3]!;
    if (!/\p{L}/u.test(value)) continue;
    const start = match.index + match[0].length - 1 - value.length;
    const type =
      match[1] !== undefined ? EntityType.ENTITY_TYPE_PERSON : EntityType.ENTITY_TYPE_STREET_ADDRESS;
    out.push({ type, start, end: start + value.length, score: Score.keyword });
  }
}

import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Webhook payloads and form exports pasted into a mail name their fields: `"nachname": "…"`,
// `lead.last_name="…"`, `"shipping_address": "…"`. The field's name says what its quoted value is.

const NAME_FIELD = `(?:first|last|given|family|sur|full|vor|nach|middle|maiden|(?:customer|billing|shipping|contact|card_?holder|account_?holder|buyer|recipient|guest|passenger|patient)_?)_?name`;
const ADDRESS_FIELD = `(?:(?:shipping|billing|delivery|postal|home|street|customer)_?)?(?:address(?:_?line_?[12])?|street|strasse|straße|anschrift|adresse)`;
/** Where a quoted value starts after a field's name: `": "`, `="`. Rare in prose, so it is looked for first. */
const VALUE_START = /"?[ \t]*[:=][ \t]*"/g;
/** The field's name before it, perhaps after an object's ("lead.", "customer_"). */
const FIELD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[A-Za-z]+[._])*(?:(${NAME_FIELD})|(${ADDRESS_FIELD}))$`,
  "iu",
);
const QUOTED_VALUE = /([^"\n]{1,100})"/y;

export function detectNamedFields(text: string, out: Span[]): void {
  if (!text.includes('"')) return;
  for (const start of text.matchAll(VALUE_START)) {
    const field = FIELD_BEFORE.exec(text.slice(Math.max(0, start.index - 48), start.index));
    if (field === null) continue;
    QUOTED_VALUE.lastIndex = start.index + start[0].length;
    const value = QUOTED_VALUE.exec(text)?.[1];
    if (value === undefined || !/\p{L}/u.test(value)) continue;
    const type =
      field[1] !== undefined ? EntityType.ENTITY_TYPE_PERSON : EntityType.ENTITY_TYPE_STREET_ADDRESS;
    const from = QUOTED_VALUE.lastIndex - 1 - value.length;
    out.push({ type, start: from, end: from + value.length, score: Score.keyword });
  }
}

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

/**
 * A directory's distinguished name pasted from a log: "CN=Nguyen Van An,OU=Engineering,…",
 * "CN=Ó Briain\\, Cormac,OU=Finance": a person's, when it holds a capitalized word and a space or an
 * escaped comma (a service account's is "svc-backup").
 */
const DISTINGUISHED_NAME = /(?<![\p{L}])CN=((?:[^,=\n\\]|\\,){2,80}?)(?=,(?:OU|DC|O)=)/gu;
/**
 * A SAML assertion's name attribute and its value:
 * `Name="…/claims/givenname"><saml:AttributeValue>Elena<`.
 */
const SAML_NAME =
  /Name="[^"]*(?:givenname|surname|displayname|name)"[^>]*>[ \t]*<(?:saml2?:)?AttributeValue[^>]*>([^<\n]{1,80})</gi;

/** A line of a machine's fields: two keys in capitals at least, each glued to its value by ":". */
const MACHINE_LINE = /^[ \t>]*[A-Z][A-Z0-9_]{1,30}:[^\n]*?[|;][ \t]*[A-Z][A-Z0-9_]{1,30}:[^\n]*/gm;
const MACHINE_FIELD = /(?<=^[ \t>]*|[|;][ \t]*)([A-Z][A-Z0-9_]{1,30}):[ \t]*([^|;\n]*)/g;
/** Keys of a person's name; a firm's, a bank's or a ship's name is none. */
const MACHINE_NAME_KEY =
  /^(?!(?:TRADING|COMPANY|FIRM|FIRMA|BANK|VESSEL|SHIP|CARRIER|PRODUCT|ITEM|FILE|HOST|USER|BRAND|SHOP|STORE|SELLER|PLATFORM)_)(?:[A-Z]+_)?(?:NAME|NACHNAME|VORNAME|SURNAME|FIRSTNAME|LASTNAME)$/;
const MACHINE_ADDRESS_KEY = /^(?:[A-Z]+_)?(?:ADDR|ADDRESS|ADRESSE|ANSCHRIFT|STRASSE|STREET)$/;
/** The parts after a street that belong to its address: `;PLZ:04177;ORT:Leipzig`. */
const MACHINE_TOWN_KEY = /^(?:[A-Z]+_)?(?:PLZ|ZIP|POSTCODE|POSTAL_CODE|ORT|CITY|TOWN|STADT)$/;
const MACHINE_BIRTH_KEY = /^(?:[A-Z]+_)?(?:DOB|GEBDAT|GEB_DAT|GEBURTSDATUM|BIRTH_?DATE|DATE_OF_BIRTH)$/;
const MACHINE_PHONE_KEY = /^(?:[A-Z]+_)?(?:TEL|PHONE|MOBILE|MOB|HANDY|TELEFON)$/;

/**
 * "CNEE_NAME:Grzegorz Nowicki;CNEE_ADDR:…", "NACHNAME:Nguyen;GEBDAT:17.02.1988": an export's or a
 * portal's line of fields, read by each field's key. A street's postcode and town fields that
 * follow it belong to its address.
 */
function detectMachineFields(text: string, out: Span[]): void {
  for (const line of text.matchAll(MACHINE_LINE)) {
    let address: Span | undefined;
    for (const field of line[0].matchAll(MACHINE_FIELD)) {
      const key = field[1]!;
      const value = field[2]!.trimEnd();
      const start = line.index + field.index + field[0].length - field[2]!.length;
      const span = (type: EntityType): Span => ({
        type,
        start,
        end: start + value.length,
        score: Score.keyword,
      });
      if (address !== undefined && MACHINE_TOWN_KEY.test(key) && value !== "") {
        address.end = start + value.length;
        continue;
      }
      address = undefined;
      if (value === "") continue;
      if (MACHINE_NAME_KEY.test(key) && /\p{L}/u.test(value)) out.push(span(EntityType.ENTITY_TYPE_PERSON));
      else if (MACHINE_ADDRESS_KEY.test(key) && /\p{L}/u.test(value)) {
        address = span(EntityType.ENTITY_TYPE_STREET_ADDRESS);
        out.push(address);
      } else if (MACHINE_BIRTH_KEY.test(key) && /\d/.test(value))
        out.push(span(EntityType.ENTITY_TYPE_DATE_OF_BIRTH));
      else if (MACHINE_PHONE_KEY.test(key) && /\d{5}/.test(value.replace(/[ ()/-]/g, "")))
        out.push(span(EntityType.ENTITY_TYPE_PHONE));
    }
  }
}

export function detectNamedFields(text: string, out: Span[]): void {
  if (text.includes("|") || text.includes(";")) detectMachineFields(text, out);
  if (text.includes("CN="))
    for (const match of text.matchAll(DISTINGUISHED_NAME)) {
      const value = match[1]!;
      if (!/\p{Lu}\p{Ll}/u.test(value) || !/ |\\,/.test(value)) continue;
      out.push(valueAt(match, value, EntityType.ENTITY_TYPE_PERSON));
    }
  if (text.includes("AttributeValue"))
    for (const match of text.matchAll(SAML_NAME))
      if (/\p{L}/u.test(match[1]!)) out.push(valueAt(match, match[1]!, EntityType.ENTITY_TYPE_PERSON));
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

/** The span of a match's value: its last place in the match, where the patterns above put it. */
function valueAt(match: RegExpMatchArray, value: string, type: EntityType): Span {
  const start = match.index! + match[0].lastIndexOf(value);
  return { type, start, end: start + value.length, score: Score.keyword };
}

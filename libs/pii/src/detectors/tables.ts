import { countDigits, endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { COMPANY_WORDS, knownName, TRADE_WORDS } from "../names/lexicon.js";
import { Score, type Span } from "../spans.js";
import {
  ADDRESS_PART,
  type Columns,
  columnType,
  headerTypes,
  NUMBER_HEADER,
  OTHER_COLUMN,
  PLAIN_NAME_HEADER,
  PRINTED_NAME_HEADER,
  ROLE_HEADER,
  WORD_VALUES,
} from "./table-headers.js";

// Values in the cells of a table typed with "|" ("Name | Pass-Nr. | geb."): the header names
// what a column holds (table-headers.ts), and the rows below hold values with no keyword of their
// own.

const SEPARATOR_ROW = /^[\s|:+\-│─┼├┤┌┐└┘┬┴═]*$/;
const RULE_LINE = /^[ \t]*[-─═]{3}[-─═+┼ ]*\r?$/;

export interface Cell {
  start: number;
  end: number;
}

/** How one kind of table is read: its cells per line, its header, and which lines are its rows. */
interface TableShape {
  /** The cells of a line, or undefined when the line is no part of such a table. */
  cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined;
  header(text: string, cells: Cell[]): Columns | undefined;
  /**
   * The column types of a line's cells when the line is a row under `header`; otherwise undefined,
   * and the line may start a new table.
   */
  rowTypes(header: Header, cells: Cell[], text: string): Columns | undefined;
  /** Whether an indented line without cells under a row is a note on it, the rows going on below. */
  notesUnderRows?: boolean;
}
/** A header's column types, its cells and where its line starts. */
interface Header {
  types: Columns;
  cells: Cell[];
  lineStart: number;
}

/** Rows with as many cells as the header, read cell by cell. */
const SAME_COUNT = (header: Header, cells: Cell[]) =>
  cells.length === header.types.length ? header.types : undefined;

/** "Name | Pass-Nr. | geb.": every line with a bar under the header is a row. */
const BAR_TABLE: TableShape = {
  cellsOf: barCellsOf,
  header: headerTypes,
  rowTypes: (header) => header.types,
  notesUnderRows: true,
};

/**
 * A table aligned with spaces ("Kd.-Nr.          Konto-Nr.        BLZ") or pasted from a
 * spreadsheet: cells apart by two spaces or more, or by tabs. Only a header that names two typed
 * columns counts; rows have as many cells, or (aligned with spaces) cells under its columns.
 */
const ALIGNED_TABLE: TableShape = {
  cellsOf: alignedCellsOf,
  header(text, cells) {
    const types = headerTypes(text, cells);
    if (types === undefined) return undefined;
    const typed = types.filter((type) => type !== undefined);
    if (typed.length >= 2) return types;
    // "Whg   Mieter   KW   Stand": the people's column, beside a meter's readings; "Flock Name"
    // beside an order's articles.
    const people = (header: string) => ROLE_HEADER.test(header) || PRINTED_NAME_HEADER.test(header);
    if (cells.some((cell) => people(text.slice(cell.start, cell.end)))) return types;
    // "Rechnungsnr.   Datum   Betrag", "Bank   Kunden-Nr.   Zinsen": one column of numbers its
    // header names as such, or of references beside only their dates and amounts.
    if (typed.length !== 1 || WORD_VALUES.has(typed[0]!)) return undefined;
    const at = types.findIndex((type) => type !== undefined);
    const others = cells.filter((_, index) => index !== at);
    return NUMBER_HEADER.test(text.slice(cells[at]!.start, cells[at]!.end)) ||
      others.every((cell) => OTHER_COLUMN.test(text.slice(cell.start, cell.end)))
      ? types
      : undefined;
  },
  rowTypes: (header, cells, text) => SAME_COUNT(header, cells) ?? alignedRowTypes(header, cells, text),
};

/**
 * A row aligned under its header with a column left empty ("1    DEMIR/AYSE MRS    ADT") or a note
 * after the last ("(group leader)"): each cell takes the column it starts under. Most cells must
 * start where their column does, give or take the one space a writer miscounts; cells past a
 * column's first are notes, of no type.
 */
function alignedRowTypes(header: Header, cells: Cell[], text: string): Columns | undefined {
  const rowStart = text.lastIndexOf("\n", cells[0]!.start - 1) + 1;
  if (text.slice(rowStart, cells.at(-1)!.end).includes("\t")) return undefined;
  const starts = header.cells.map((cell) => cell.start - header.lineStart);
  const types: Columns = [];
  let exact = 0;
  let previous = -1;
  for (const cell of cells) {
    const at = cell.start - rowStart;
    let column = -1;
    for (let j = 0; j < starts.length && starts[j]! <= at + 1; j++) column = j;
    if (column === -1) return undefined;
    if (Math.abs(starts[column]! - at) <= 1) exact++;
    types.push(column === previous ? undefined : header.types[column]);
    previous = column;
  }
  return exact * 2 > cells.length ? types : undefined;
}

/**
 * An export with ";" or "," between its cells and no space after them ("bestellnr;vorname;…",
 * "RMA,Order,Customer,…"): a header that names two typed columns, or opens with a plain "name"
 * beside no product's columns ("name,age group,meal,notes": a guest list); rows with as many cells.
 */
const CSV_TABLE: TableShape = {
  cellsOf: csvCellsOf,
  header(text, cells) {
    const typed = ALIGNED_TABLE.header(text, cells);
    if (typed !== undefined || cells.length < 3) return typed;
    const names = cells.map((cell) => text.slice(cell.start, cell.end));
    if (!PLAIN_NAME_HEADER.test(names[0]!) || names.some((name) => PRODUCT_COLUMN.test(name)))
      return undefined;
    if (names.some((name) => !HEADER_CELL.test(name))) return undefined;
    return [EntityType.ENTITY_TYPE_PERSON, ...names.slice(1).map(() => undefined)];
  },
  rowTypes: SAME_COUNT,
};
/** Columns that make a list's "name" a product's. */
const PRODUCT_COLUMN =
  /price|preis|betrag|amount|total|summe|qty|quantity|menge|anzahl|stück|sku|artikel|article|product|produkt|ean|size|größe|farbe|colou?r|version|file|datei|host|server/i;
/** A header's cell: a few words, no sentence ("the birthday girl!" is a row's). */
const HEADER_CELL = /^[\p{L}][\p{L} ._/-]{0,30}$/u;

export function detectTableColumns(text: string, out: Span[]): void {
  if (text.includes("|") || text.includes("│")) readTable(text, BAR_TABLE, out);
  if (text.includes("   ") || text.includes("\t")) readTable(text, ALIGNED_TABLE, out);
  if (CSV_MARK.test(text)) readTable(text, CSV_TABLE, out);
  if (text.includes(" / ")) readTable(text, SLASH_TABLE, out);
}

const CSV_MARK = /[^\s;,](?:; ?|,)[^\s;,][^\n;,]*(?:; ?|,)[^\s]/;

/**
 * The cells of a line of an export, quotes respected; undefined for prose ("a, b, c" has spaces).
 * Semicolons may have a space after them ("Name; Pers.-Nr.; Geb.-Datum"): prose seldom strings
 * four cells together with them.
 */
function csvCellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (line.length > 600 || line.includes("|")) return undefined;
  const separator = line.split(";").length > 2 ? ";" : line.split(",").length > 2 ? "," : undefined;
  if (separator === undefined) return undefined;
  const cells: Cell[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (i === line.length || (char === separator && !quoted)) {
      if (char === separator && line[i + 1] === " " && separator === ",") return undefined;
      let from = start;
      if (separator === ";" && line[from] === " ") from++;
      let to = i;
      if (line[from] === '"' && line[to - 1] === '"' && to - from >= 2) {
        from++;
        to--;
      }
      cells.push({ start: lineStart + from, end: lineStart + to });
      start = i + 1;
    }
  }
  const spaced = separator === ";" && line.includes("; ");
  return cells.length >= (spaced ? 4 : 3) ? cells : undefined;
}

function readTable(text: string, shape: TableShape, out: Span[]): void {
  let header: Header | undefined;
  let rows = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    // "---+-------+----": a rule under the header drawn without bars is part of the table.
    if (header !== undefined && rows === 0 && RULE_LINE.test(text.slice(lineStart, lineEnd))) {
      lineStart = lineEnd + 1;
      continue;
    }
    const cells = shape.cellsOf(text, lineStart, lineEnd);
    const labelled = cells === undefined ? undefined : labelType(text, cells);
    const row = cells !== undefined && header !== undefined ? shape.rowTypes(header, cells, text) : undefined;
    if (cells === undefined) {
      const kept =
        header !== undefined &&
        (rows === 0 ? headerGap(text, header, lineStart, lineEnd) : noteUnderRow(text, shape, lineStart));
      if (!kept) header = undefined;
    } else if (labelled !== undefined) {
      // "| Anschrift | Südring 44 |", "nachname | Sjöberg": a label and its value, row by row.
      pushValue(text, cells[1]!, labelled, out);
      header = undefined;
    } else if (row === undefined) {
      const types = shape.header(text, cells);
      header = types === undefined ? undefined : { types, cells, lineStart };
      rows = 0;
    } else if (!SEPARATOR_ROW.test(text.slice(lineStart, lineEnd))) {
      pushRow(text, cells, row, out);
      rows++;
    }
    lineStart = lineEnd + 1;
  }
}

const LIST_MARKER = /^\d{1,3}[.)][ \t]+(?=\p{L})/u;

/** "   [satnav sends you to …]": an indented line under a bar table's row is a note on that row. */
function noteUnderRow(text: string, shape: TableShape, lineStart: number): boolean {
  return shape.notesUnderRows === true && /^[ \t]+\S/.test(text.slice(lineStart, lineStart + 8));
}

/**
 * A row's values. Address cells side by side ("Am Wiesengrund 4 | 53721 | Siegburg | Deutschland"),
 * empty cells between them allowed, make one address, as they would on an envelope.
 */
function pushRow(text: string, cells: Cell[], row: Columns, out: Span[]): void {
  let address: Span | undefined;
  cells.forEach((whole, index) => {
    if (!/\S/.test(text.slice(whole.start, whole.end))) return;
    // "1) Behrendt / Thorsten / …": a numbered list's number is no part of the first value.
    const marker = index === 0 ? LIST_MARKER.exec(text.slice(whole.start, whole.end)) : null;
    const cell = marker === null ? whole : { start: whole.start + marker[0].length, end: whole.end };
    const type = row[index];
    const before = out.length;
    if (type !== undefined) pushValue(text, cell, type, out);
    if (type !== EntityType.ENTITY_TYPE_STREET_ADDRESS || out.length === before) {
      address = undefined;
    } else if (address === undefined) {
      address = out[out.length - 1];
    } else {
      out.pop();
      address.end = cell.end;
    }
  });
}

/**
 * A cell's value of a column's type: it holds a digit, or a letter in a column of names or towns;
 * a cell without ("Pool", "—") is left to the other rules.
 */
export function pushValue(text: string, cell: Cell, type: EntityType, out: Span[]): void {
  const value = text.slice(cell.start, cell.end);
  if (AMOUNT.test(value) || NO_VALUE.test(value) || LAST_DIGITS.test(value) || MASKED.test(value)) return;
  // A card's column may give only its last digits ("4821"): a card number has twelve or more.
  // Letters before fewer digits ("FB-0583") make it a customer's card, a food bank's or a club's.
  if (type === EntityType.ENTITY_TYPE_CREDIT_CARD && countDigits(value) < 12) {
    if (CUSTOMER_CARD.test(value.trim())) pushValue(text, cell, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, out);
    return;
  }
  // "Mitglied | IBAN | Betrag" over "Papadakis, D.": a member's or customer's column may name them
  // instead of giving their number.
  if (type === EntityType.ENTITY_TYPE_CUSTOMER_NUMBER && NAME_INVERTED.test(value.trim())) {
    pushValue(text, cell, EntityType.ENTITY_TYPE_PERSON, out);
    return;
  }
  // "alle, die noch da sind" on a rota's name column: a phrase in lower case is nobody's name
  // ("van Dijk, Ruud" opens with a particle).
  // "K1" in a crew's column: the crew's code, not its people; "09:00" no one's name either, nor a
  // note in brackets ("(incl. 2h deep clean Thu,") or after a dash ("– (Pool)"), nor a word in
  // lower case no one is called.
  if (
    type === EntityType.ENTITY_TYPE_PERSON &&
    (LOWER_PHRASE.test(value) ||
      unknownLowerCase(value) ||
      DESK.test(value) ||
      !/\p{L}{2}/u.test(value) ||
      /^[ \u00a0]*(?:\(|[–-][ \u00a0])/.test(value))
  )
    return;
  // "Städt. Klinikum Karlsruhe gGmbH" in a column of payees: a firm, which the name rules judge.
  if (type === EntityType.ENTITY_TYPE_PERSON && firmCell(value)) return;
  // "Name  DEMİRTAŞ  Vorname  Ayşe" over "Geburtsdatum  17.04.1995": a form's lines of labels and
  // values, read as a header and a row, put a label where a name would stand.
  if (WORD_VALUES.has(type) && columnType(value) !== undefined) return;
  // "am oder nach dem 03.04.2025": three words in lower case make a sentence, not an identifier.
  if (!WORD_VALUES.has(type) && /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(value)) return;
  // "Familie Ostendorf", "Dr. Asmussen": the name as the name rules take it, without its title.
  const salutation = type === EntityType.ENTITY_TYPE_PERSON ? FAMILY_WORD_FIRST.exec(value) : null;
  const start = cell.start + (salutation?.[0].length ?? 0);
  if (/\d/.test(value) || (WORD_VALUES.has(type) && /\p{L}{2}/u.test(value)))
    out.push({ type, start, end: cell.end, score: Score.context });
}

/**
 * "leerstehend", "yard-owned" in an owner's column: a cell in lower case that names no one the
 * lexicon knows ("mehta", typed in haste, is a name).
 */
function unknownLowerCase(value: string): boolean {
  if (/\p{Lu}/u.test(value)) return false;
  const words = value.split(/[^\p{L}]+/u).filter((word) => word !== "");
  return !words.some(knownName);
}
const FAMILY_WORD_FIRST =
  /^(?:(?:Familie|Fam\.|Family|Dr\.|Prof\.|Frau|Herrn?|Mrs?\.?|Ms\.?)[ \u00a0]+)+(?=\p{Lu})/u;
/** "Papadakis, D.", "Huber, Josef", "Wimmer, H.-P.": a family name, a comma, a given name or initials. */
const NAME_INVERTED =
  /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?,[ ]\p{Lu}(?:\p{Ll}+|\.(?:[ -]?\p{Lu}\.)*)$/u;

function firmCell(value: string): boolean {
  // "Studio Vermeulen B.V.", "Kita Sonnenblume e.V.", "Bäckerei Kühn", "Physiopraxis Gundeli": a
  // legal form, dotted or not, or a word that names a business.
  // A note in brackets ("Hofer (Skischule Gruppe)") says where the person belongs, not who it is.
  return value
    .replace(/\([^()]*\)?/g, " ")
    .split(/[\s,&]+/)
    .some((word) => {
      const lower = word.toLowerCase();
      return (
        COMPANY_WORDS.has(lower.replace(/\./g, "")) || TRADE_WORDS.has(lower) || BUSINESS_COMPOUND.test(lower)
      );
    });
}
/** "Physiopraxis", "Zahnarztpraxis", "Kosmetikstudio": a German compound naming a business. */
const BUSINESS_COMPOUND =
  /^\p{L}{3,}(?:praxis|kanzlei|studio|salon|werkstatt|bäckerei|apotheke|klinik|zentrum|büro|hotel|laden)$/u;

const LOWER_PHRASE =
  /^(?!(?:van|von|vom|zu|de|da|di|del|della|der|den|ter|ten|le|la|al|el|bin|ben|dos|das)\s)\p{Ll}\S*(?:\s+\S+){2}/u;
/**
 * A call log's caller who gave no name ("unknown, withheld number", "anonym", "k. A."), a flat
 * without a tenant ("LEER seit 01.09.", "vacant"), a guess ("? (Besuch)").
 */
const NO_VALUE =
  /^\(?(?:unknown|anonym(?:ous)?|unbekannt|withheld|unterdrückt|n\/a|k\.[ ]?a\.|leer(?:stand)?|vacant|void|empty|unoccupied|unvermietet|tb[acd]|offen|\?|-{2,})(?![\p{L}])/iu;
/** A customer's card in a card column: capitals before a few digits ("FB-0583"). */
const CUSTOMER_CARD = /^[A-Z]{1,4}[- ]?\d{3,8}$/;
/** A number its issuer masked: "4815 36** **** 3508", "XXXX XXXX XXXX 2207". */
const MASKED = /\*{2}|[xX]{4}|•{2}/;
/** A contact who is a desk, in a column of people: "Hotline", "Zentrale". */
const DESK =
  /^(?:hotline|zentrale|service|support|team|empfang|reception|workshop|werkstatt|lager|spare|reserve|pool(?:[ -]?(?:car|fahrzeug|wagen|\p{L}+))?)$/iu;
/**
 * "ending 7731", "card ending 2207", "****4821", "*7702": a card's or an account's last digits,
 * which identify no one.
 */
const LAST_DIGITS =
  /^(?:(?:(?:card|karte|konto|account)[ ]+)?(?:ending|endet auf|endend auf)(?: in)?[ ]?|[*x•.]{2,}[ -]?|\*)\d{2,4}$/i;
/** "-120,00", "1.272,19 EUR", "€ 49.00": an amount, in a row shorter than its header. */
const AMOUNT = /^(?:[€$£] ?)?[+−-]?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?: ?(?:€|EUR|USD|GBP|CHF|\$|£))?$/;

/**
 * The type a two-cell row's first cell names when the row is a label and its value ("IBAN | DE26
 * …"). "| Plate | OBU |" heads two columns instead: a label's value holds a digit, unless it is a
 * name's or a street's.
 */
function labelType(text: string, cells: Cell[]): EntityType | undefined {
  if (cells.length !== 2) return undefined;
  const [label, value] = cells.map((cell) => text.slice(cell.start, cell.end)) as [string, string];
  if (label.length > 30 || ADDRESS_PART.test(label)) return undefined;
  const type = columnType(label);
  return type !== undefined && (WORD_VALUES.has(type) || /\d/.test(value)) ? type : undefined;
}

const ALIGNED_CELL = /\S+(?: \S+)*/g;

function alignedCellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  // Two spaces apart, or a tab: rows pasted from a spreadsheet.
  if (line.includes("|") || line.length > 200 || !(line.includes("  ") || line.includes("\t")))
    return undefined;
  const cells = /\S\t/.test(line)
    ? tabCellsOf(line, lineStart)
    : [...line.matchAll(ALIGNED_CELL)].map((cell) => ({
        start: lineStart + cell.index,
        end: lineStart + cell.index + cell[0].length,
      }));
  return cells.length >= 2 ? cells : undefined;
}

/**
 * A spreadsheet's row keeps its empty cells between tabs, so each value stays under its column:
 * "Dr. Eva Brandl⇥Ringstraße 8⇥50667⇥Köln⇥⇥1" has no country, not a count for one.
 */
function tabCellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  const from = /^[ \t]*/.exec(line)![0].length;
  for (let start = from; start <= line.length; ) {
    const tab = line.indexOf("\t", start);
    const end = tab === -1 ? line.length : tab;
    const value = line.slice(start, end);
    const lead = value.length - value.trimStart().length;
    cells.push({ start: lineStart + start + lead, end: lineStart + start + lead + value.trim().length });
    if (tab === -1) break;
    start = tab + 1;
  }
  return cells;
}

/**
 * One blank line may part a header from its first row, if the header is one of short names (a
 * sentence with semicolons in it is none).
 */
function headerGap(text: string, header: Header, lineStart: number, lineEnd: number): boolean {
  return (
    /^[ \t\r]*$/.test(text.slice(lineStart, lineEnd)) &&
    text.lastIndexOf("\n", lineStart - 2) + 1 === header.lineStart &&
    header.cells.every((cell) => cell.end - cell.start <= MAX_GAP_HEADER_CELL)
  );
}
const MAX_GAP_HEADER_CELL = 30;

/**
 * "Name / Vorname / Pass-Nr. / Geburtsdatum": a crew list's or a manifest's header between spaced
 * slashes, and rows with as many cells.
 */
const SLASH_TABLE: TableShape = {
  cellsOf: slashCellsOf,
  header: headerTypes,
  rowTypes: SAME_COUNT,
};

/** "SURNAME / GIVEN NAMES / DOB / NATIONALITY": a manifest's cells between spaced slashes, three or more. */
export function slashCellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (line.length > 400) return undefined;
  const parts = line.split(" / ");
  if (parts.length < 3) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (const part of parts) {
    const leading = part.length - part.trimStart().length;
    cells.push({ start: lineStart + from + leading, end: lineStart + from + leading + part.trim().length });
    from += part.length + 3;
  }
  return cells;
}

/** A rule drawn with box characters across a table. */
const BOX_RULE = /^[ \t]*[├┌└┼][─┼┬┴═ ]*[┤┐┘┼]?[ \t]*\r?$/;

/** The trimmed cells of a line with at least one "|" (or "│"), or undefined for a line without. */
export function barCellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (!(line.includes("|") || line.includes("│") || BOX_RULE.test(line)) || line.length > 400)
    return undefined;
  const cells: Cell[] = [];
  let from = 0;
  // "│" draws the same table with box characters, and "├────┼────┤" its rules between rows.
  const parts = line.split(/[|│┼├┤]/);
  parts.forEach((part, index) => {
    const leading = part.length - part.trimStart().length;
    const trimmed = part.trim();
    // An outer pipe ("| a | b |") leaves an empty first and last part that is no column.
    const outer = (index === 0 || index === parts.length - 1) && trimmed === "";
    if (!outer)
      cells.push({ start: lineStart + from + leading, end: lineStart + from + leading + trimmed.length });
    from += part.length + 1;
  });
  // "FULL_NAME:Harshad Mistry|DOB:1984-02-11": a line of fields, each with its own key, is no table.
  const fields = cells.filter((cell) => KEY_AND_VALUE.test(text.slice(cell.start, cell.end))).length;
  return fields * 2 >= cells.length ? undefined : cells;
}
const KEY_AND_VALUE = /^[\p{L}_. -]{1,30}:[ \t]*\S/u;

/**
 * A column of things, not people's: an article's, a part's or a device's number, a ship supplier's
 * IMPA code.
 */
const THING_COLUMN =
  /^(?:art(?:ikel)?\.?[ -]?(?:nr\.?|nummer|no\.?)|artikel|article(?: no\.?| number)?|item(?: no\.?| number)?|sku|ean|gtin|pzn|mat(?:erial)?\.?[ -]?nr\.?|teile?-?nr\.?|part(?: no\.?| number)?|serien-?nr\.?|seriennummer|serial(?: no\.?| number)?|s\/n|sn|model(?:l)?|impa|issa)$/i;

/**
 * The cells under a column of things in tables drawn with bars or aligned with spaces, so the
 * shape of a reference there ("│ 310027 │ Cola 0,33 Dose") is read as the article's number it is.
 */
export function thingCells(text: string): Cell[] {
  const found: Cell[] = [];
  // The thing columns of the table being read and how many cells its header has.
  let columns: number[] = [];
  let width = 0;
  const bars = text.includes("|") || text.includes("│");
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    const cells = (bars ? barCellsOf : alignedCellsOf)(text, lineStart, lineEnd);
    const things =
      cells?.flatMap((cell, index) => (THING_COLUMN.test(text.slice(cell.start, cell.end)) ? [index] : [])) ??
      [];
    if (cells === undefined) columns = [];
    else if (things.length > 0) {
      columns = things;
      width = cells.length;
    } else if (cells.length === width) for (const column of columns) found.push(cells[column]!);
    lineStart = lineEnd + 1;
  }
  return found;
}

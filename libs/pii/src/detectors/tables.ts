import { countDigits, endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { COMPANY_WORDS, TRADE_WORDS } from "../names/lexicon.js";
import { Score, type Span } from "../spans.js";

// Values in the cells of a table typed with "|" ("Name | Pass-Nr. | geb."): the header names
// what a column holds, and the rows below hold values with no keyword of their own.

/** A column of addresses or their parts. */
export const ADDRESS_COLUMN =
  /adresse|address|anschrift|stra(?:ss|ß)e|street|\bplz\b|post(?:al)?[ _]?code|\bzip\b|\bort\b|\bcity\b|\bstadt\b|\btown\b|^(?:land|country|baustelle|einsatzort)$/i;
/** "Mieter", "Leser/in", "Occupant", "Driver": a column of the people a list is about, named by their role. */
const ROLE_WORD = String.raw`(?:(?:mieter|bewohner)(?:in|innen|[/*:_]in(?:nen)?)?|leser(?:innen|[/*:_]in(?:nen)?)|tenants?|occupants?|residents?|readers?|borrowers?|child|kind|empfänger(?:in)?|recipients?|addressees?|(?:sach)?bearbeiter(?:in)?|betreuer(?:in)?|ansprechpartner(?:in)?|zahlungspflichtige[r]?|debtors?|payers?|drivers?|verantwortlich(?:e[r]?)?|zuständig(?:e[r]?)?|responsible|ausbilder(?:in)?|instructors?|therapeut(?:in|[/*:_]in)?|therapists?|(?:neue[rn]? )?(?:gast|gäste)|players?|spieler(?:in)?|aka|a\.k\.a\.|nicknames?|spitznamen?|rufnamen?|known as|(?:co-?)?pilot(?:in)?|begleiter(?:in)?|kolonne|crew|ausgegeben an|issued to|host famil(?:y|ies)|host parents?|gastfamilie|familia anfitriona)`;
// "Begleiter/Schüler": two roles in one column ("Schüler" alone may head a fare's column);
// "Pilot (PIC)": a role and its abbreviation.
const ROLE_HEADER = new RegExp(
  String.raw`^${ROLE_WORD}(?:[ ]?/[ ]?(?:${ROLE_WORD}|schüler(?:in)?|students?))*(?:[ ]?\([^()]{1,12}\))?$`,
  "i",
);
/** "Name auf Trikot", "Flock Name", "Sleeve nickname": what a shirt will say, a person's name. */
const PRINTED_NAME_HEADER =
  /\bnick ?names?\b|(?:flock|druck|print|rücken|back|ärmel|sleeve|trikot|shirt|jersey)[ -]?name|^namen? (?:auf|on) (?:the |dem )?(?:trikot|shirt|jersey|back|rücken|ärmel|sleeve)/i;
/** Header words per type, in order: "Income tax ref" is a tax id before it is a reference. */
const HEADER_TYPES: [RegExp, EntityType][] = [
  // "geb." but not "Gebühren": \b alone would end a word at "ü".
  [
    /geb(?![\p{L}])|geburt|birth|\bdob\b|\byob\b|^jg\.?$|jahrgang|^n[ée]\(?e?\)?[ \u00a0]le$|naissance|nacimiento|^f\.[ \u00a0]?nac\.?$|nascita|geboorte|doğum/iu,
    EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
  ],
  [/steuer|\btax\b|\btfn\b|\butr\b/i, EntityType.ENTITY_TYPE_TAX_ID],
  [/sozialvers|\bsv[- ]?n|social|\bssn\b|\bnino\b|\bahv\b/i, EntityType.ENTITY_TYPE_SOCIAL_SECURITY],
  // Before the passport's words: "Passwort" is no pass. "TG-PIN", "Türcode": a garage's or door's;
  // "Schlüsselkasten": a key box's.
  [
    /(?:gallery|galerie|access|zugangs?|login|download|freischalt|voucher|gutschein)[ -]?code|passwor[dt]|kennwort|code ?wort|(?:^|[ -])pin(?:[ -]?code)?$|^(?:tür|tor|tg|alarm|garagen|haustür|safe|tresor)[ -]?code$|^(?:schlüssel(?:kasten|safe|box|tresor)|key ?(?:safe|box)|nøgleboks)(?:[ -]?code)?$/i,
    EntityType.ENTITY_TYPE_SECRET,
  ],
  // "Kartennummer", "Card no.": a fuel card's or a payment card's number ("ID card no." is a document's).
  [
    /karten-?(?:nummer|nr)|tank-?karte|fuel[ _-]?card|(?<!(?:id|identity)[ _-]?)card[ _-]?(?:no|number|#)/i,
    EntityType.ENTITY_TYPE_CREDIT_CARD,
  ],
  // "Member ID", "Kunden-ID": a member's or customer's number, not an identity document's.
  [/(?:member|mitglieds?|customer|kunden)[ _-]?id\b/i, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER],
  // "Name (as in passport)": the name a passport gives, not the passport's number.
  [/^(?:full[ _]?)?name\b.*(?:pass|ausweis|\bid\b)/i, EntityType.ENTITY_TYPE_PERSON],
  // A seafarer's book ("Seefahrtsbuch", "SIRB", "CDC") is his identity document at sea; a hunting
  // licence or a weapon possession card ("Jagdschein", "WBK") a hunter's.
  [
    /pass|pasaporte|ausweis|\bid\b|\bcni\b|\bdni\b|identity|dokument|document|licen[cs]e|führerschein|jagdschein|jagdkarte|waffenschein|waffenpass|waffenbesitzkarte|\bwbk\b|seefahrtsbuch|seam[ae]n'?s? ?book|\bsirb\b|\bcdc\b/i,
    EntityType.ENTITY_TYPE_ID_DOCUMENT,
  ],
  // A haulier's list names the vehicle: "Zugmaschine | Auflieger", "Tractor unit | Trailer".
  [
    /kennzeichen|\bkennz\b|\bkz\b|plate|\breg(?:istration)?\b|kenteken|^(?:zugmaschine|auflieger|anhänger|sattelzug|tractor(?: unit)?|trailer)$/i,
    EntityType.ENTITY_TYPE_LICENSE_PLATE,
  ],
  [/\biban\b|konto|account/i, EntityType.ENTITY_TYPE_IBAN],
  [/^(?:bic|swift)(?:[ -]?code)?$/i, EntityType.ENTITY_TYPE_BIC],
  [/telefon|\btel\b|phone|mobil|handy/i, EntityType.ENTITY_TYPE_PHONE],
  // "CUSTOMER_NAME", "Fahrername": a person's name, not the customer's number.
  [
    /(?:customer|client|kunden|driver|fahrer|holder|inhaber|contact|guest|passenger|patient|member)[ _-]?name/i,
    EntityType.ENTITY_TYPE_PERSON,
  ],
  [ROLE_HEADER, EntityType.ENTITY_TYPE_PERSON],
  [PRINTED_NAME_HEADER, EntityType.ENTITY_TYPE_PERSON],
  // "Tag | Baustelle | Kunde | Tel.": a customer's column without "Nr." names the customer.
  [/^(?:kunde|kundin|client|customer)$/i, EntityType.ENTITY_TYPE_PERSON],
  [/schaden|claim/i, EntityType.ENTITY_TYPE_CLAIM_NUMBER],
  // "eVB": the insurer's confirmation a car is registered with; a direct debit's mandate
  // reference ("Mandatsref.") names the debtor's mandate.
  // "Gutschein-Nr.": a job centre's training voucher, an entitlement like a contract; an
  // architect's "Project", the job a client commissioned.
  [
    /vertrag|contract|^proje[ck]t(?:[ -]?(?:nr|no|nummer|number|#)\.?)?$|polic[ey]|police|\bevb\b|mandat|mandate|gutschein-?(?:nr|nummer)|voucher[ _-]?(?:no|number)/i,
    EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
  ],
  [
    /kunde|\bkd\b|customer|^(?:karte|card)$|mitglied|mitgl\b|member|depot|\bpat\.?-?nr|patient(?:en)?-?(?:nr|nummer|number|no)\b|\bpers\.?-?nr|personal-?(?:nr|nummer)|mitarbeiter-?(?:nr|nummer)|employee[ _-]?(?:no|number|id)|staff[ _-]?(?:no|number|id)|miles (?:&|and) more|frequent flyer|vielflieger|bahncard|\beinl(?:ieferer)?\.?-?(?:nr|nummer)|consignor|bidder|bieter|paddle|^post-?nr\.?$|postfach-?nr/i,
    EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
  ],
  // "\border": a "Forderung" column holds amounts.
  [
    /bestell|\border|\bauftr(?:ag|\b)|(?<!ab)buchung|booking|sendung|tracking|\btrip\b|fahrt-?id|^delivery[ _-]?note$/i,
    EntityType.ENTITY_TYPE_ORDER_NUMBER,
  ],
  [/rechnung|invoice/i, EntityType.ENTITY_TYPE_INVOICE_NUMBER],
  // "Refund (EUR)" holds amounts.
  [
    /ticket|\bcase\b|vorgang|aktenzeichen|kassenzeichen|\bref(?:\b|eren[cz])|^job$|^einsatz$/i,
    EntityType.ENTITY_TYPE_TICKET_NUMBER,
  ],
  [
    /vorname|nachname|familienname|mädchenname|geburtsname|vatersname|patronymic|first[ _]?name|last[ _]?name|surname|full[ _]?name|given[ _]?names?|fore[ _]?names?|middle[ _]?names?|nazwisko|imi[eę] \(imiona\)|(?:baba|ana|anne) ad[ıi]|önceki soyad[ıi]|primer apellido|segundo apellido|họ, chữ đệm, tên|họ và tên|фамилия|отчество|прізвище|по батькові|^(?:nom|pr[ée]nom|nombre|apellidos?|cognome|nome|soyad[ıi]|ad[ıi]|imi[eę]|imiona|имя|ім['’]я|conducente)$/i,
    EntityType.ENTITY_TYPE_PERSON,
  ],
  [ADDRESS_COLUMN, EntityType.ENTITY_TYPE_STREET_ADDRESS],
];
/** Columns that hold a value without a digit too: a name, a town. */
export const WORD_VALUES = new Set([EntityType.ENTITY_TYPE_PERSON, EntityType.ENTITY_TYPE_STREET_ADDRESS]);
/** A column of a town, a postcode or a country is an address's only beside a column of its street. */
const ADDRESS_PART =
  /\bplz\b|post(?:al)?[ _]?code|\bzip\b|\bort\b|\bcity\b|\bstadt\b|\btown\b|^(?:land|country)$/i;
/**
 * Columns of dates, amounts, texts, classes, tax codes and devices ("Buchungsdatum", "Betrag",
 * "Steuerklasse", "Tax code", "Asset ID"): no identifiers of people.
 */
const OTHER_COLUMN =
  /datum|date|tag$|valuta|wert$|betrag|amount|summe|text$|zeit|time|klasse|class|tax ?code|skr\d|sachkonto|kostenstelle|cost cent|asset|inventar|inventory|serial|serien/i;
/** A header that names its column's values as numbers or ids: "Kunden-Nr.", "Rechnungsnr", "Policy no.", "trip_id". */
const NUMBER_HEADER = /(?:nr|no|nummer|number|#)\.?$|[ _-]id$/i;
/**
 * Numbers a list gives its rows, rooms, seats or starters, which name no one ("Lfd. Nr.", "S.No",
 * "Zimmer-Nr."), and staff numbers, which the sets' writers leave unlabeled.
 */
const LISTING_NUMBER_HEADER =
  /^(?:nr|no|#)\.?$|^s\.? ?no|^sr\.? ?no|serial|lfd|laufende|^pos|pers|employee|mitarbeiter|staff|zimmer|room|seat|sitz|platz|start|tisch|table|bib|haus|house|flat|whg|wohnung|tour|kurs|course|gruppe|group/i;
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
type Columns = (EntityType | undefined)[];
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
    const labelled = cells?.length === 2 ? labelType(text, cells[0]!) : undefined;
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
  // note in brackets ("(incl. 2h deep clean Thu,").
  if (
    type === EntityType.ENTITY_TYPE_PERSON &&
    (LOWER_PHRASE.test(value) ||
      DESK.test(value) ||
      !/\p{L}{2}/u.test(value) ||
      value.trimStart().startsWith("("))
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

/** The type a row's first cell names when the row is a label and its value ("IBAN | DE26 …"). */
function labelType(text: string, cell: Cell): EntityType | undefined {
  const label = text.slice(cell.start, cell.end);
  if (label.length > 30 || ADDRESS_PART.test(label)) return undefined;
  return columnType(label);
}

/** "Address 1", "Address line 2", "Straße 2": a spreadsheet numbers an address's lines. */
const NUMBERED_ADDRESS_LINE =
  /(?<=^(?:address|adresse?|anschrift|street|straße)(?:[ _-]?(?:line|zeile))?)[ _-]?[1-3]$/i;

/**
 * The type a column's name (or a row's label) says its values have; a name with digits says none,
 * but for an address's numbered lines.
 */
export function columnType(header: string): EntityType | undefined {
  if (NUMBERED_PEOPLE.test(header)) return EntityType.ENTITY_TYPE_PERSON;
  if (/\d/.test(header.replace(NUMBERED_ADDRESS_LINE, ""))) return undefined;
  // A system's field names join their words with underscores: "TEL_FAHRER", "KD_NR"; its "_id"
  // names a record's key ("ticket_id" a ticket's, "response_id" no one's), not a document.
  const name = header.replace(/_id$/i, "").replace(/_/g, " ");
  const type = HEADER_TYPES.find(([pattern]) => pattern.test(name))?.[1];
  return type !== EntityType.ENTITY_TYPE_DATE_OF_BIRTH && OTHER_COLUMN.test(name) ? undefined : type;
}

/** A room list's "Guest 1 | Guest 2": people, numbered. */
const NUMBERED_PEOPLE = /^(?:guest|gast|passenger|traveller|traveler|reisende[rn]?)[ ]?\d$/i;

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

/** A cell that is a number, a date or an amount and nothing else. */
const DATA_CELL = /^[\d.,:/ €$£%+-]+$/;
/** A signature's line of contacts ("accounts@firm.example | www.firm.example") is no header. */
const CONTACT_CELL = /@|www\.|:\/\//;
const PERSONAL_COLUMNS = new Set([
  EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
  EntityType.ENTITY_TYPE_PHONE,
  EntityType.ENTITY_TYPE_EMAIL,
  EntityType.ENTITY_TYPE_IBAN,
]);
const GIVEN_NAME_HEADER = /vorname|first[ _]?name|given[ _]?names?|fore[ _]?names?/i;
/** A rota's days as its columns' headers, German, English and Italian. */
const WEEKDAY =
  /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|gio|ven|sab|dom)\.?$/i;
/** What heads a rota's column of staff: nothing, a week, a team. */
const ROTA_CORNER =
  /^(?:|kw[ ]?\d{1,2}|woche[ ]?\d{0,2}|week[ ]?\d{0,2}|name|mitarbeiter(?:in)?|team|staff)$/i;
/** Headers that name a person's column only beside a personal one (see headerTypes). */
const PLAIN_NAME_HEADER =
  /^(?:namen?|kind|child|schüler(?:in)?|pupil|student|teilnehmer(?:in)?|participant)$/i;

/**
 * The types a header row names, or undefined for a row that names none, or holds contacts, or is a
 * row of data ("03.04. | 04.04. | BOOKING.COM HOTEL | 412,60": a cell of digits, or digits in
 * most cells).
 */
const SENTENCE_CELL = /\s.*[!?]|!/;

function headerTypes(text: string, cells: Cell[]): Columns | undefined {
  if (cells.some((cell) => CONTACT_CELL.test(text.slice(cell.start, cell.end)))) return undefined;
  // "the birthday girl!": a sentence in a cell makes the row a row of data; a word asked in a
  // header ("neu?") does not.
  if (cells.some((cell) => SENTENCE_CELL.test(text.slice(cell.start, cell.end)))) return undefined;
  const withDigits = cells.filter((cell) => {
    const value = text.slice(cell.start, cell.end);
    return /\d/.test(value) && !NUMBERED_PEOPLE.test(value);
  });
  if (
    withDigits.length * 2 > cells.length ||
    withDigits.some((cell) => DATA_CELL.test(text.slice(cell.start, cell.end)))
  )
    return undefined;
  const types = cells.map((cell) => columnType(text.slice(cell.start, cell.end)));
  // "Ort" beside "Händler" is where a card was used; beside "Straße" it is the customer's town.
  const streets = cells.filter((cell, index) => {
    const header = text.slice(cell.start, cell.end);
    return types[index] === EntityType.ENTITY_TYPE_STREET_ADDRESS && !ADDRESS_PART.test(header);
  });
  if (streets.length === 0) {
    for (const [index, type] of types.entries())
      if (type === EntityType.ENTITY_TYPE_STREET_ADDRESS) types[index] = undefined;
  }
  // "Name | Date of birth | Class", "Name;IBAN;Betrag": a plain "Name" is a person's beside a
  // birth date, a phone, an e-mail, an account or a street; beside a price it may be a product's.
  // "Name;Vorname": beside a given name's column, a plain name is the family name.
  const personal = types.some(
    (type, index) =>
      type !== undefined &&
      (PERSONAL_COLUMNS.has(type) ||
        (type === EntityType.ENTITY_TYPE_PERSON &&
          GIVEN_NAME_HEADER.test(text.slice(cells[index]!.start, cells[index]!.end)))),
  );
  // "Schrank | Name | Unterkunft | Code", "Spind | Code | Gegenstand | Gast": a person's name or a
  // guest's and a code beside it, a locker's or a door's.
  const name = cells.findIndex(
    (cell, index) => types[index] === undefined && /^namen?$/i.test(text.slice(cell.start, cell.end)),
  );
  const code = cells.findIndex(
    (cell, index) => types[index] === undefined && /^codes?$/i.test(text.slice(cell.start, cell.end)),
  );
  if (code !== -1 && (name !== -1 || types.includes(EntityType.ENTITY_TYPE_PERSON))) {
    if (name !== -1) types[name] = EntityType.ENTITY_TYPE_PERSON;
    types[code] = EntityType.ENTITY_TYPE_SECRET;
  }
  // "KW 43 | Mo | Di | Mi | …": a rota's days head the columns, its staff stand in the first.
  if (
    types[0] === undefined &&
    ROTA_CORNER.test(text.slice(cells[0]!.start, cells[0]!.end)) &&
    cells.filter((cell) => WEEKDAY.test(text.slice(cell.start, cell.end))).length >= 3
  )
    types[0] = EntityType.ENTITY_TYPE_PERSON;
  // "Mitgl.-Nr. | Name": a member's or customer's number names whose row it is, too; and so does
  // a street it is delivered to ("Name | Company | Delivery address").
  const members = types.includes(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER);
  const delivered = types.includes(EntityType.ENTITY_TYPE_STREET_ADDRESS);
  if (personal || members || delivered)
    for (const [index, cell] of cells.entries()) {
      const header = text.slice(cell.start, cell.end);
      if (types[index] !== undefined) continue;
      if (PLAIN_NAME_HEADER.test(header)) types[index] = EntityType.ENTITY_TYPE_PERSON;
      // "Rega-Gönner-Nr." beside birth dates and phones: some register's number for each person.
      else if (personal && NUMBER_HEADER.test(header) && !LISTING_NUMBER_HEADER.test(header))
        types[index] = EntityType.ENTITY_TYPE_CUSTOMER_NUMBER;
    }
  return types.some((type) => type !== undefined) ? types : undefined;
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

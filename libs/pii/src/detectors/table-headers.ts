import { EntityType } from "../entity-types.js";
import type { Cell } from "./tables.js";

// What a table's header says its columns hold: "Name | Pass-Nr. | geb." names a person's column,
// a passport's and a birth date's. A header row is read as a whole, since a plain "Name" is a
// person's beside a birth date and maybe a product's beside a price.

/** The type of each column a header names; undefined where it names none. */
export type Columns = (EntityType | undefined)[];

/** A column of addresses or their parts. */
export const ADDRESS_COLUMN =
  /adresse|address|anschrift|stra(?:ss|ß)e|street|\bplz\b|post(?:al)?[ _]?code|\bzip\b|\bort\b|\bcity\b|\bstadt\b|\btown\b|^(?:land|country|baustelle|einsatzort)$/i;
/** "Mieter", "Leser/in", "Occupant", "Driver": a column of the people a list is about, named by their role. */
const ROLE_WORD = String.raw`(?:(?:mieter|bewohner)(?:in|innen|[/*:_]in(?:nen)?)?|leser(?:innen|[/*:_]in(?:nen)?)|tenants?|occupants?|residents?|readers?|borrowers?|child|kind|empfänger(?:in)?|recipients?|addressees?|(?:sach)?bearbeiter(?:in)?|betreuer(?:in)?|ansprechpartner(?:in)?|zahlungspflichtige[r]?|debtors?|payers?|drivers?|fahrer(?:in|innen|[/*:_]in(?:nen)?)?|verantwortlich(?:e[r]?)?|zuständig(?:e[r]?)?|responsible|ausbilder(?:in)?|instructors?|lehrer(?:in|innen|[/*:_]in(?:nen)?)?|teachers?|tutors?|therapeut(?:in|[/*:_]in)?|therapists?|(?:neue[rn]? )?(?:gast|gäste)|players?|spieler(?:in)?|aka|a\.k\.a\.|nicknames?|spitznamen?|rufnamen?|known as|(?:co-?)?pilot(?:in)?|begleiter(?:in)?|kolonne|crew|ausgegeben an|issued to|host famil(?:y|ies)|host parents?|gastfamilie|familia anfitriona|owners?|eigentümer(?:in)?)`;
// "Begleiter/Schüler": two roles in one column ("Schüler" alone may head a fare's column);
// "Pilot (PIC)": a role and its abbreviation.
export const ROLE_HEADER = new RegExp(
  String.raw`^${ROLE_WORD}(?:[ ]?/[ ]?(?:${ROLE_WORD}|schüler(?:in)?|students?))*(?:[ ]?\([^()]{1,12}\))?$`,
  "i",
);
/** "Name auf Trikot", "Flock Name", "Sleeve nickname": what a shirt will say, a person's name. */
export const PRINTED_NAME_HEADER =
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
    /(?:gallery|galerie|access|zugangs?|login|download|freischalt|voucher|gutschein)[ -]?code|passwor[dt]|kennwort|code ?wort|(?:^|[ -])pin(?:[ -]?code)?$|^(?:tür|tor|tg|alarm|garagen|haustür|safe|tresor)[ -]?code$|^(?:schlüssel(?:kasten|safe|box|tresor)|key ?(?:safe|box)|lock ?box|nøgleboks)(?:[ -]?code)?$|^(?:gate|door|barrier)[ -]?code$/i,
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
  // licence or a weapon possession card ("Jagdschein", "WBK") a hunter's; a racing licence
  // ("Lizenz-Nr.") a driver's.
  [
    /pass|pasaporte|ausweis|\bid\b|\bcni\b|\bdni\b|identity|dokument|document|licen[cs]e|lizenz|führerschein|jagdschein|jagdkarte|waffenschein|waffenpass|waffenbesitzkarte|\bwbk\b|seefahrtsbuch|seam[ae]n'?s? ?book|\bsirb\b|\bcdc\b/i,
    EntityType.ENTITY_TYPE_ID_DOCUMENT,
  ],
  // A haulier's list names the vehicle: "Zugmaschine | Auflieger", "Truck | Trailer".
  [
    /kennzeichen|\bkennz\b|\bkz\b|plate|\breg(?:istration)?\b|kenteken|^(?:zugmaschine|zugfahrzeug|lkw|auflieger|anhänger|sattelzug|tractor(?: unit)?|truck|lorry|trailer)$/i,
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
    /kunde|\bkd\b|customer|^(?:karte|card)$|mitglied|mitgl\b|member|^mem\.?[ _-]?(?:no|nr|number|#)\.?$|depot|\bpat\.?-?nr|patient(?:en)?-?(?:nr|nummer|number|no)\b|\bpers\.?-?nr|personal-?(?:nr|nummer)|mitarbeiter-?(?:nr|nummer)|employee[ _-]?(?:no|number|id)|staff[ _-]?(?:no|number|id)|miles (?:&|and) more|frequent flyer|vielflieger|bahncard|\beinl(?:ieferer)?\.?-?(?:nr|nummer)|consignor|bidder|bieter|paddle|^post-?nr\.?$|postfach-?nr/i,
    EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
  ],
  // "\border": a "Forderung" column holds amounts; "PO": a customer's purchase order.
  [
    /bestell|\border|^p\.?o\.?(?:[ -]?(?:nr|no|number|#)\.?)?$|\bauftr(?:ag|\b)|(?<!ab)buchung|booking|sendung|tracking|\btrip\b|fahrt-?id|^delivery[ _-]?note$/i,
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
export const ADDRESS_PART =
  /\bplz\b|post(?:al)?[ _]?code|\bzip\b|\bort\b|\bcity\b|\bstadt\b|\btown\b|^(?:land|country)$/i;
/**
 * Columns of dates, amounts, texts, classes, tax codes and devices ("Buchungsdatum", "Betrag",
 * "Steuerklasse", "Tax code", "Asset ID"): no identifiers of people.
 */
export const OTHER_COLUMN =
  /datum|date|tag$|valuta|wert$|betrag|amount|summe|text$|zeit|time|klasse|class|tax ?code|skr\d|sachkonto|kostenstelle|cost cent|asset|inventar|inventory|serial|serien/i;
/** A header that names its column's values as numbers or ids: "Kunden-Nr.", "Rechnungsnr", "Policy no.", "trip_id". */
export const NUMBER_HEADER = /(?:nr|no|nummer|number|#)\.?$|[ _-]id$/i;
/**
 * Numbers a list gives its rows, rooms, seats or starters, which name no one ("Lfd. Nr.", "S.No",
 * "Zimmer-Nr."), and staff numbers, which the sets' writers leave unlabeled.
 */
const LISTING_NUMBER_HEADER =
  /^(?:nr|no|#)\.?$|^s\.? ?no|^sr\.? ?no|serial|lfd|laufende|^pos|pers|employee|mitarbeiter|staff|zimmer|room|seat|sitz|platz|start|tisch|table|bib|haus|house|flat|whg|wohnung|tour|kurs|course|gruppe|group/i;
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
export const PLAIN_NAME_HEADER =
  /^(?:namen?|kind|child|schüler(?:in)?|pupil|student|teilnehmer(?:in)?|participant)$/i;

/** A sentence in a cell ("the birthday girl!") makes its row one of data. */
const SENTENCE_CELL = /\s.*[!?]|!/;

/**
 * The types a header row names, or undefined for a row that names none, or holds contacts, or is a
 * row of data ("03.04. | 04.04. | BOOKING.COM HOTEL | 412,60": a cell of digits, or digits in
 * most cells).
 */
export function headerTypes(text: string, cells: Cell[]): Columns | undefined {
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

import { BRANDS_TEXT } from "../data/brands.js";
import { AMBIGUOUS_GIVEN_NAMES_TEXT, GIVEN_NAMES_TEXT } from "../data/given-names.js";
import { NOT_NAMES_TEXT } from "../data/not-names.js";
import { SURNAMES_TEXT } from "../data/surnames.js";
import {
  WORLD_AMBIGUOUS_GIVEN_NAMES_TEXT,
  WORLD_GIVEN_NAMES_TEXT,
  WORLD_SURNAMES_TEXT,
} from "../data/world-names.js";

function wordSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.split(/\s+/)) if (word.length > 0) set.add(word.toLowerCase());
  return set;
}

export const AMBIGUOUS_GIVEN = wordSet(`${AMBIGUOUS_GIVEN_NAMES_TEXT} ${WORLD_AMBIGUOUS_GIVEN_NAMES_TEXT}`);
/** Unambiguous given names: enough on their own. */
export const GIVEN = wordSet(`${GIVEN_NAMES_TEXT} ${WORLD_GIVEN_NAMES_TEXT}`);
for (const name of AMBIGUOUS_GIVEN) GIVEN.delete(name);
export const SURNAMES = wordSet(`${SURNAMES_TEXT} ${WORLD_SURNAMES_TEXT}`);

/** A word (lower case) the lexicon knows as a given name, an ambiguous one included, or a family name. */
export function knownName(lower: string): boolean {
  return GIVEN.has(lower) || SURNAMES.has(lower) || AMBIGUOUS_GIVEN.has(lower);
}
export const NOT_NAMES = wordSet(NOT_NAMES_TEXT);

// "GUENTHER MAIERHOFER", "Juergen Koehler": German names as a keyboard or a system without umlauts
// writes them are the same names.
const WITHOUT_UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
for (const names of [GIVEN, AMBIGUOUS_GIVEN, SURNAMES])
  for (const name of [...names]) {
    if (!/[äöüß]/.test(name)) continue;
    const plain = name.replace(/[äöüß]/g, (letter) => WITHOUT_UMLAUTS[letter]!);
    if (!NOT_NAMES.has(plain)) names.add(plain);
  }

/** Lowercase particles that sit between name parts (von, van der, de la, bin). */
export const PARTICLES = wordSet(`
  von van de der den dem zu vom ten ter da di del della dela du le la bin binti binte bint ibn al el dos das op af av y
  ó ní nic uí 't ’t
`);
/** Particles that may start the particle run; "der", "das", "la" only continue one ("van der"). */
export const LEADING_PARTICLES = wordSet(`
  von van de zu vom ten ter da di del della dela du le bin binti binte bint ibn al el dos op af av ó ní nic uí 't ’t
`);

/** Academic and professional titles skipped between a salutation and the name. */
export const TITLES = wordSet(`
  dr prof dres dipl ing mag med dent vet rer nat pol phil jur oec habil pd ba ma msc bsc mba llm sir dame psych
  lord lady rev revd pfr pfrin msgr professor doktor univ dott engr ra rain κύριε κυρία br sr
`);

/** Roles between "Herr"/"Frau" and the name: "Frau Kollegin Adeyemi", "Herr Notar Dr. Stadlmayr". */
export const ROLES_AFTER_SALUTATION = wordSet(`
  kollege kollegin kunde kundin doktor professor professorin präsident präsidentin direktor direktorin
  vorsitzende vorsitzender minister ministerin bürgermeister bürgermeisterin pfarrer pfarrerin
  rechtsanwalt rechtsanwältin anwalt anwältin notar notarin nachbar nachbarin kommandant kommandantin
  obmann obfrau kassier kassierin pater gastpater prior priorin äbtissin
`);
/** Words that follow "Herr"/"Frau" but are no name ("Frau Kollegin", "Herr Doktor"). */
export const NOT_AFTER_SALUTATION = new Set([
  ...ROLES_AFTER_SALUTATION,
  ...wordSet("oder und bzw sowie mit von and or of the madam sir damen herren"),
]);

/** After "Hallo"/"Dear": words that address a group or a function, not a person. */
export const NOT_AFTER_GREETING = wordSet(`
  zusammen zäme zämä allerseits alle leute team support service kundenservice kundendienst sir madam damen herren
  kollegen kolleginnen all everyone folks guys there friends customer customers colleagues kunde kundin
  kunden mitglied member members nutzer user users abonnent abonnentin subscriber partner hiring recruiter
  sirs madams reservations reservation bookings booking accounts payable receivable billing sales office
  reception rezeption buchhaltung verwaltung hausverwaltung personalabteilung redaktion praxisteam eltern
  parents mitglieder nachbarn freunde anwohner anwohnerinnen mieterinnen bewohner bewohnerinnen fraud prevention
  compliance complaints beschwerdestelle applicant applicants antragsteller antragstellerin bewerber bewerberin
  candidate candidates verkäufer verkäuferin käufer käuferin händler händlerin seller sellers buyer buyers
  vendor merchant host gastgeber guest guests gast gäste hotel relations concierge editor editors
  redaktion leserbriefe kameraden kameradinnen maschinisten
  vorstand vorstandskollegen vorstandskolleginnen vorsitzende vorsitzender schatzmeister schatzmeisterin
  kassenwart kassenwartin kassierer kassiererin schriftführer schriftführerin hegeringleiter treasurer
  secretary chair chairman chairwoman chairperson committee trustees obmann obfrau kassier kassierin
  membership sektion
`);

/** Local parts of role mailboxes, which carry no name. */
export const ROLE_MAILBOX_WORDS = wordSet(`
  info kontakt contact noreply no reply mail email office hello hallo post team sales billing rechnung
  rechnungen service support admin webmaster newsletter news shop kundenservice bestellung order orders
  buchhaltung vertrieb verwaltung zentrale empfang hr jobs karriere career careers presse press marketing
  kunden customer help helpdesk it security privacy datenschutz legal recht finance accounts account
  mailer daemon postmaster bounce notifications notification alerts system onboarding reservations reservas
  reservierung bookings booking claims schaden ap ar payables receivables invoices kundenbetreuung
  vermietung leasing fleet fuhrpark werkstatt rental rentals disputes chargebacks fraud compliance
  accessibility partnerships tickets counsellor counselor admissions hotline accounting kundendialog
  import export zoll customs siparis satis destek letters leserbriefe leserservice subscriptions abo
  panel redaktion
`);

const STREET_SUFFIX =
  /(?:straße|strasse|str|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt)$/;

/** True for a word that reads like a street name (so a name never swallows "Hauptstraße 5"). */
export function looksLikeStreet(lower: string): boolean {
  return STREET_SUFFIX.test(lower);
}

const SURNAME_SHAPE =
  /(?:mann|ski|ska|cki|cka|czyk|wicz|ović|ovic|ić|oğlu|oglu|son|sen|ssen|ner|ler|hardt|hart|witz|berg|stein|feld|ow|ova|eva|yan|ian|ez|oni|ini|elli|etti|ato|ley|ton|ford|ham|well|wood|worth|dorf|haus|hausen|heim|bach|brock|kamp|kötter|rich|rick|ke|er|el|ig|in|ak|ek|ık|an|ay|ç|ş)$/;

/** Evidence that a capitalized word after a given name is a family name, not a noun. */
export function looksLikeSurname(lower: string): boolean {
  return SURNAMES.has(lower) || SURNAME_SHAPE.test(lower);
}

/** Brands named after people, each in lower case, its words apart by one space ("jack wolfskin"). */
export const BRANDS = new Set(
  BRANDS_TEXT.split(/[|\n]/)
    .map((brand) => brand.trim())
    .filter((brand) => brand !== ""),
);

/**
 * Compounds naming a team, an office or a thing, no one's name: "Kundenservice-Team",
 * "Bürgeramt", "Lokalredaktion", "Stadtbibliothek", "Hafenmeisterei"; long German nouns of state
 * or action ("Verlassenschaft", "Erwerbung"), which no family name of five letters or more before
 * "ung" ends in (Jung, Leung, Hartung, Hornung have fewer).
 */
export const OFFICE_SUFFIX =
  /.(?:team|service|abteilung|support|buchhaltung|vertrieb|verwaltung|kundendienst|zentrale|management|amt|behörde|behoerde|gericht|kasse|präsidium|ministerium|botschaft|konsulat|büro|buero|dienst|vollzieher|vollzieherin|stelle|redaktion|bibliothek|zentrum|karte|schule|revier|inspektion|wache|runde|treff|gemeinde|pfarrei|rendantur|administratie|secretariaat|presbyterium|kirke|kerk|menighedsråd|meisterei)$|^[a-zäöüß]{5,}(?:ung|keit|heit|schaft)$/;

/** Legal forms: after a known name they make the name's own firm ("Anna Schmidt GmbH"). */
export const LEGAL_FORMS = wordSet(`
  gmbh ggmbh ag kg ohg ug mbh gbr kgaa se ev ltd inc llc plc corp co mbb partg aps oy oyj ab asa bv nv sa sarl
  sas srl spa sl pvt kft sro og llp lp pty sàrl
`);
/** Words that turn the name before them into a company or team ("Nordlicht Versand GmbH"). */
export const COMPANY_WORDS = new Set([
  ...LEGAL_FORMS,
  ...wordSet(`
  company group gruppe holding versand service services support team kundenservice kundendienst software
  solutions systems telecom telekom energie energy versicherung versicherungen insurance bank sparkasse online
  shop logistics logistik consulting partners stadtwerke direkt handel vertrieb immobilien hausverwaltung
  verwaltung kanzlei praxis klinik apotheke pharmacy chemist bau elektro technik media digital labs studio agentur agency design
  architekten architects architetti estates lettings realty property properties management motors collision
  bodyshop elektrotechniek techniek bouw installatietechniek electric surveyors solicitors accountants chartered
  associates engineers builders joinery plumbing roofing haustechnik sanitär heizungsbau photography fotografie
  consultancy travel reisen touristik transport spedition catering elementary academy akademie care
  reinigung heating architettura architektur architecture immobilienverwaltung webdesign avocats advocaten
  abogados avvocati rechtsanwälte engineering banca banco banque weddings events biuro mobile mobil
  broadband fibre fiber kabel cable wireless networks telecoms business grill imbiss restaurant pizzeria
  bistro trattoria kitchen hotel hotels ferienwohnungen resort resorts hostel naturkost feinkost fabrics textiles
  leather goods kurier messebau bootszubehör horlogerie import export club ledger argus chronicle
  gazette herald tribune zeitung verlag verlagsshop fotografia subscriptions panel scouts guides pfadfinder cinema cinemas kino
  kirchengemeinde pfarrei pfarrgemeinde parochie parish gemeente kirchenvorstand förderverein stamps coins
  menighedsråd sogn sogns provsti stift stichting
  philatelic philatelie numismatics numismatik
`),
]);

/** Trades that open a firm's name, the owner's name after them ("Metallbau Hoffmann GmbH"), or close it ("Reinhardt Elektrotechnik"). */
export const TRADE_WORDS = wordSet(`
  hausverwaltung metallbau maschinenbau büchsenmacherei jagdschule waffenhandlung heizungsbau stahlbau podologie fußpflege holzbau autohaus bäckerei metzgerei fleischerei konditorei
  schreinerei tischlerei zimmerei dachdeckerei malerbetrieb malermeister malerei elektrotechnik sanitärtechnik
  gebäudereinigung gebäudeservice gärtnerei bestattungen bestattungshaus fahrschule steuerkanzlei
  architekturbüro ingenieurbüro augenoptik hörakustik friseursalon transporte umzüge baustoffe weingut
  hofladen gasthof gasthaus landgasthof landhotel autoteile kiosk physiotherapie kfz-werkstatt autowerkstatt reifenservice fliesenleger raumausstattung
  spedition sanitär elektro haustechnik kältetechnik usługi kanzlei notariat übersetzungsbüro steuerberatung
`);

/**
 * Words that introduce a name: "namens", "named", a birth name after "geb.", "née", "z domu" or
 * "Mädchenname", a married one after "verh." or "Ehename".
 */
export const INTRODUCERS = wordSet(
  "namens named geb geborene geborener geborenen née nee domu verh heiße heisse ehename mädchenname geburtsname geburtsnamen mädchennamen",
);
/** Words that introduce a name or anything else ("heißt Montag"): only a known name counts. */
export const WEAK_INTRODUCERS = wordSet("heißt heisst vorher formerly called");
/** Nouns for a name, followed by "is"/"ist": "his name was Murugan". */
export const NAME_NOUNS = wordSet("name names namen nachname vorname surname geburtsname");

import { endOfLine, L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import {
  type ListedValues,
  matchSpan,
  pushListedAfter,
  Score,
  type Span,
  shapeOf,
  valueSpan,
} from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";
import type { CustomPattern } from "../types.js";

const NR = String.raw`(?:[ \u00a0.-]?(?:nr\.?|n°|nos?\.?|nummern|nummer|numbers|number|num\.?|ids|id|#|ref\.?|references|reference|referenz))`;
const KEYWORDS: Record<string, string> = {
  order: String.raw`docket${NR}?|trip(?:[ \u00a0-]?id)?|fahrt(?:-?id|-?nummer|-?nr\.?)|fahrt(?=[ \u00a0:]+(?:war[ \u00a0]+)?[A-Z]{1,4}-[A-Z0-9])|bestell-?nummer|bestell-?nr\.?|bestellnr\.?|bestell-?id|bestellung${NR}?|auftrags-?nummer|auftrags-?nr\.?|auftragsnr\.?|auftrag${NR}?|order${NR}?|order-?id|sendungs-?nummer|sendungs-?nr\.?|sendungs-?id|sendung(?=[ \u00a0]*:?[ \u00a0]+(?:\d{4}|1Z[ \u00a0]?[0-9A-Z]{3}))|shipment(?=[ \u00a0:]+\d{4})|gutschein(?:-?nummer|-?nr\.?)?(?=[ \u00a0:]+(?:[A-Z]{1,4}-\d|\d{3}\.\d{4}\.\d{5,6}(?!\d)))|voucher(?:[ \u00a0]?(?:no\.?|number))?(?=[ \u00a0:]+[A-Z]{1,4}-\d)|tracking${NR}?|tracking-?nummer|paket-?nummer|retouren-?nummer|retouren-?nr\.?|rücksende-?nummer|rma${NR}?|abholschein(?:-?nummer|-?nr\.?)?|lieferschein-?nummer|lieferschein-?nr\.?|lieferscheinnr\.?|lieferschein|delivery note${NR}?|purchase order${NR}?|po${NR}?|job${NR}?|jobs(?=[ \u00a0]+[A-Z]{1,4}-[A-Z0-9])|quote${NR}?|angebots-?nummer|angebots-?nr\.?|angebot${NR}|angebot(?=[ \u00a0:]+[A-Z]{1,4}-\d)|buchungs-?nummer|buchungs-?nr\.?|buchungscode|buchung${NR}?|booking${NR}?|booking reference|reservierungs-?nummer|reservierung${NR}?|res\.?-nr\.?|reservation${NR}?|pnr(?![${L}]|[ \u00a0]*\d)|record locator|réservation|référence de réservation|localizador|código de reserva|codice (?:di )?prenotazione|prenotazione|pedido(?:[ \u00a0]+(?:n[º°o]\.?|número))?(?=[ \u00a0:]*\d)|rezervasyon(?: kodu| numarası)?`,
  customer: String.raw`meilenkonto(?:nummer|-?nr\.?)?|personenkonto(?:-?nummer|-?nr\.?)?|gebührenkonto(?:-?nummer|-?nr\.?)?|depot(?:-?nummer|-?nr\.?)?(?=[ \u00a0:]*(?:bei[ \u00a0]+ihnen[ \u00a0:]*)?\d(?:[ \u00a0]?\d){5})|mandant(?:en)?(?:-?nr\.?|-?nummer)|patienten-?(?:nummer|nr\.?)|pat\.?-?nr\.?|pat\.(?=[ \u00a0]*(?!(?:19|20)\d\d(?!\d))\d{4,8}(?![\d.,/]|[ \u00a0]?(?:mg|ml|kg)))|patient(?:en)?-?id|patient (?:id|number|no\.?)|bg-?nummer|bg-?nr\.?|bedarfsgemeinschaft(?:s-?nummer|s-?nr\.?)?(?=[ \u00a0:]*\d)|login[ -]?id|anmelde-?(?:name|kennung)|netkey|vr-?netkey|mandant(?:en)?(?=[ \u00a0]+\d)|merchant[ -]?id|händler-?id|cust\.?${NR}|kd\.?(?=[ \u00a0]*\d)|mitgl\.?-?nr\.?|mitgl\.?(?=[ \u00a0]*\d)|kunden-?nummern?|kunden-?nr\.?|kundennr\.?|kd\.?-?nr\.?|kdnr\.?|kunden-?id|kundenkonto(?:nummer)?|kundenkennung|mitglieds-?nummern?|mitglieds-?nr\.?|(?:mitglied|member|mbr\.?)(?=[ \u00a0]+(?:\d{3,6}|\d{2,3}[ \u00a0-]\d{3,4})(?!\d|[.,:]\d))|(?:einzel|familien|partner)?mitgliedschaft(?=[ \u00a0]*\((?:nr|no)\.)|mitglieder(?=[ \u00a0]*\((?:nr|no)\.)|membership(?=[ \u00a0]*\((?:nr|no)\.)|mitgliedsnr\.?|customer${NR}|customer account|num[ée]ro[ \u00a0]+(?:de[ \u00a0]+)?client|n°[ \u00a0]*client|r[ée]f[ée]rence[ \u00a0]+client|account${NR}?|acct\.?${NR}?(?=[ \u00a0:#]*(?:[A-Z]{1,3}-)?\d)|kundenkarte(?:n-?nummer)?|partner-?karte(?:n-?nummer)?|(?:kids-?)?club-?karte(?:n-?nummer)?|spieler-?karte(?:n-?nummer)?|mitglieds-?konto|fide[ \u00a0-]?id|ecf(?:[ \u00a0]code)?(?=[ \u00a0:]*\d{6}[A-Z](?![A-Za-z0-9]))|lid-?nummer|lidnr\.?|relatienummer|(?:postfach|mailbox|post[ \u00a0-]?box)(?=[ \u00a0]+[A-Z]{1,3}-\d{3,5}(?!\d))|player(?:'s)?[ \u00a0]card${NR}?|bonus-?karte(?:n-?nummer)?|treue-?karte(?:n-?nummer)?|customer[ \u00a0]card${NR}?|customer(?=[ \u00a0]+\d{4,}(?![\d.,]))|prepaid[ \u00a0-]?(?:card|karte)${NR}?|(?:season|annual|ski|family|club)[ \u00a0-]?pass(?:es)?${NR}?|pass(?=[ \u00a0]*#)|library[ \u00a0]card${NR}?|(?:leser|bibliotheks|bücherei)-?ausweis(?:es)?(?:-?nummer|-?nr\.?)?|reader(?:'s)?[ \u00a0]card${NR}?|borrower${NR}|loyalty card${NR}?|membership card${NR}?|member(?:ship)?${NR}|(?:bidder|bieter|paddle)(?:-?nummer|-?nr\.?|[ \u00a0](?:no\.?|number))?(?=[ \u00a0]*[:#(]?[ \u00a0]*(?:[A-Z]{1,3}[ \u00a0-]?)?(?!(?:19|20)\d\d(?!\d))\d{3,6}(?!\d|[.,:]\d))|(?:einlieferer|einl\.)-?(?:nummer|nr\.?)|consignor${NR}|membership(?=[ \u00a0]*(?::|[ \u00a0]is|[ \u00a0]was)?[ \u00a0]+(?:[A-Z]{1,4}[ -]?)?\d)|(?:member|mitglied),?(?=[ \u00a0]+\(?[A-Z]{1,4}-?\d)|client${NR}|debitoren-?nummer|debitoren-?nr\.?|kunde(?=[ \u00a0]+\d{3}[ \u00a0]?[A-Z][ \u00a0]?\d{6}(?!\d))|student[ \u00a0-]?id|student[ \u00a0](?:number|no\.?)|kreditoren-?(?:nummer|nr\.?)|lieferanten-?(?:nummer|nr\.?)|lieferantennr\.?|lieferant(?=[ \u00a0:]*\d{3,6}(?!\d|[.,:]\d))|lief\.?-?nr\.?(?=[ \u00a0:]*\d)|supplier${NR}|supplier account|vendor${NR}|vendor(?=[ \u00a0]*\d{4,6}(?!\d|[.,:]\d))|mieter[ \\u00a0-]?(?:nummer|nr\.?)|nutzer-?(?:nummer|nr\.?)|tenant${NR}|tenant(?=[ \u00a0]*\d{5})|personal-?nummer|personal-?nr\.?|pers\.?-?nr\.?|dn-?nr\.?|dienstnehmer-?(?:nummer|nr\.?)|pnr\.?(?=[ \u00a0]*\d)|employee${NR}|staff${NR}|personnel${NR}|miles (?:&|and|\+) more(?:${NR}|[ \u00a0]+(?:senator|frequent traveller|hon circle))?|bahncard(?:[ \u00a0-]?\d{2,3})?,?${NR}?|vorteilscard|krisflyer|mileageplus|flying blue|executive club|skymiles|aadvantage|hotel program(?:me)?|loyalty program(?:me)?|loyalty number|bonusprogramm|frequent flyer${NR}?|vielflieger-?(?:nummer|nr\.?)?|flying blue${NR}?|executive club${NR}?`,
  invoice: String.raw`(?:royalty[ \u00a0])?statement(?=[ \u00a0]*(?:no\.?|#)?[ \u00a0:]*[A-Z]{2,}-[A-Z0-9/-]*\d)|rechnungs-?nummer|rechnungs-?nr\.?|rechnungsnr\.?|rechnung${NR}?|rechnungen(?=[ \u00a0]+[A-Z]{1,4}[ \u00a0-]?\d)|re-?nr\.?|rg\.?-?nr\.?|invoices?${NR}?|beleg-?nummer|beleg-?nr\.?|gutschrift(?:s-?nummer|s-?nr\.?)?|credit note${NR}?|receipt(?=[ \u00a0]+[A-Z]{2,4}-\d)|fee[ \u00a0]note${NR}?|bill${NR}|transaction(?:[ \u00a0-]?(?:id|code))?|transaktions-?(?:id|nummer|code)`,
  contract: String.raw`mietbeleg(?:-?nummer|-?nr\.?)?|rental slip${NR}?|bill of lading|dauernutzungsvertrag(?:s)?(?:-?nummer|-?nr\.?)?|(?:jahres|saison|dauer)karte(?:n-?nummer|-?nr\.?)?(?=[ \u00a0:]+[A-Z]{1,4}[ \u00a0/-]?\d)|dnv(?=[ \u00a0]*:)|b\/l(?=[ \u00a0:]*[A-Z]{4})|konnossement|(?:(?:rental|service|lease|leasing|maintenance)[ \u00a0])?agreement(?=[ \u00a0:]*(?:\(|no\.?|number|#)?[ \u00a0]*[A-Z]{2,}[ \u00a0]?[A-Z0-9/-]*\d)|vers\.?-?schein(?:-?nr\.?)?(?=[ \u00a0:.]*\d)|deed of grant|(?:certificate of )?right of burial|exclusive right of burial|grant(?=[ \u00a0]+(?:no\.?[ \u00a0]*)?[A-Z]{1,4}\/[A-Z0-9]{1,4}\/\d)|pfandschein(?:-?nummer|-?nr\.?)?|pfand-?nr\.?|pfand(?=[ \u00a0]+bei[ \u00a0]+ihnen)|pawn[ \u00a0]ticket${NR}?|pawn${NR}|vers\.?-?nr\.?|evb(?:-?nummer|-?nr\.?)?|vertrags-?nummer|vertrags-?nr\.?|vertragsnr\.?|projekt(?:-?nummer|-?nr\.?)|project${NR}|proj\.(?:-?nr\.?)?|vertrag${NR}?|vertragskonto(?:nummer)?|versicherungsschein-?nummer|versicherungsschein(?:-?nr\.?)?|policen-?nummer|policen-?nr\.?|police${NR}|(?:meine|meiner|ihre|ihrer|unsere|unserer|die|der|laut)[ \u00a0]+police|polizzen-?nummer|polizzen-?nr\.?|polizze${NR}?|versicherungs-?nummer|policy${NR}?|contract${NR}?|(?:rental|tenancy|lease|leasing|loan|services?|license|licence|subscription|purchase) agreement${NR}?|agreement${NR}|mandatsreferenz|mandate reference|mandat${NR}?|(?:tenancy|rental|lease)${NR}|abonnement(?:nummer|-?nr\.?)?|abonnent(?:in)?(?=[ \u00a0]*\([A-Z]{1,4}-\d)|plan(?=[ \u00a0]*\(?[A-Z]{1,4}-\d{3,})|abo-?nummer|abo-?nr\.?|abo|subscription${NR}|tarifkonto|darlehens?-?(?:nummer|nr\.?|konto(?:nummer)?)|darlehen|kredit-?(?:nummer|nr\.?|konto(?:nummer)?)|kreditvertrag|loan(?: account)?${NR}?`,
  claim: String.raw`verlustmeldung(?:s-?nummer|s-?nr\.?)?|unfall-?az\.|unfall-?aktenzeichen|schaden-?nummer|schadens-?nummer|schadens?-?nr\.?|schadens?fall(?:nummer)?|schadens?sache|schadenakte|leistungsfall|claim${NR}?|claim reference|skade-?nummer|skade-?nr\.?`,
  ticket: String.raw`(?:report|repair|reparatur)(?=[ \u00a0]+[A-Z]{2,4}-[A-Z0-9])|verfahren(?=[ \u00a0]+[A-Z]{1,4}[ \u00a0]?\d)|lagerschein(?:e|en)?(?:-?nummer|-?nr\.?)?|(?:visit|service|job|incident)[ \u00a0]report${NR}?|job[ \u00a0]sheet${NR}?|mehrgebühr(?:en)?(?:-?nummer|-?nr\.?)?|fahrgeldnachforderung|berechtigung(?=[ \u00a0]*:[ \u00a0]*\d)|teilnahmeberechtigung(?=[ \u00a0]*:[ \u00a0]*\d)|einsatz(?:-?nummer|-?nr\.?)?(?=[ \u00a0:]*(?:[A-Z][ \u00a0-]?)?\d)|ticket-?nummer|ticket${NR}?|tickets(?=[ \u00a0]*:?[ \u00a0]+(?:[A-Z][ \u00a0])?\d)|wristband(?:[ \u00a0](?:no\.?|number|id))?|armband-?(?:nummer|nr\.?)|e-?tickets?(?=[ \u00a0]+(?:were|are|sind|waren|lauten)[ \u00a0:]+\d)|vorgangs-?nummer|vorgangs-?nr\.?|vorgang${NR}?|fall-?nummer|fall-?nr\.?|case${NR}?|anfrage-?nummer|anfrage-?nr\.?|anfrage-?id|reklamations-?nummer|reklamations-?nr\.?|reklamation|service-?nummer|service-?nr\.?|serviceauftrag|support-?id|anliegen(?:s-?nummer|s-?nr\.?)?|aktenzeichen|aktenzahl|aktenz\.|(?:geburten|ehe|sterbe|lebenspartnerschafts|familien)register${NR}?|(?:birth|marriage|death) register${NR}?|prescription id|e-?rezept-?id|rezept-?id|task-?id|task(?=[ \u00a0]+\d{3}\.\d{3})|az\.|az(?=[ \u00a0]+\d)|(?:straf|zivil|familien|pflegschafts|betreuungs|nachlass|rechts|kindschafts|unterhalts|vormundschafts|verwaltungsstreit)sache(?=[ \u00a0]+\d{1,4}[ \u00a0][A-Z][A-Za-z]{0,3}[ \u00a0]\d)|kassenzeichen|buchungszeichen|geschäftszeichen|mein zeichen|ihr zeichen|unser zeichen|unseres zeichens|ihres zeichens|sygn\.?[ \u00a0]akt|sygnatura akt|referenz-?nummer|referenz-?nr\.?|referenz|reference${NR}?|ref\.|ref(?=[ \u00a0]*:?[ \u00a0]+[A-Z]{2,5}[-/][A-Z0-9])|request${NR}?|support request|incident${NR}?|fault${NR}|jira(?:-ticket)?|issue${NR}|barcode|strichcode|(?:court|case) file${NR}?|file${NR}|file(?=[ \u00a0]+[A-Z]{2,4}[ \u00a0-]?\d)|matter(?=[ \u00a0]*[:#])|matter${NR}|gz\.?(?=[ \u00a0]+\d|[ \u00a0]*:?[ \u00a0]*(?:\d|[A-Z][A-Za-z]{1,5}[/-]\d))|zl\.(?=[ \u00a0]*\d)|geschäftszahl|zahl(?=[ \u00a0]*:[ \u00a0]*[A-Z][A-Za-z]{1,6}-\d)|ur-?nr\.?|ur(?=[ \u00a0]+\d)|deed${NR}|urkundenrollen?-?(?:nummer|nr\.?)|polizeirapport|rapport${NR}|police report${NR}?|crime reference${NR}?|verlassenschafts?akt|verlassenschaft`,
};

const TYPES: Record<string, EntityType> = {
  order: EntityType.ENTITY_TYPE_ORDER_NUMBER,
  customer: EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
  invoice: EntityType.ENTITY_TYPE_INVOICE_NUMBER,
  contract: EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
  claim: EntityType.ENTITY_TYPE_CLAIM_NUMBER,
  ticket: EntityType.ENTITY_TYPE_TICKET_NUMBER,
};

// Between keyword and value: a few filler words ("Nr.", "lautet", "ist", never the start of a
// value such as "IST-V-2025-118274" or "IST7FB"), or a short clause that ends in one of them
// ("Schadennummer aus dem Telefonat lautet S-123", "Vorgang hat die Nummer 42"), or one or two
// words before a colon ("Versicherten-Nr. Lena: 1182.4471.09", "The booking they made: ZK8W3D",
// "Rechnungsnummer auf der Mahnung: 81 4477"), or a remark in brackets ("Zahlungsreferenz
// (unbedingt angeben!): 25W-117450-PS").
const FILLER = String.raw`(?:[ \u00a0]+[^\n.:;!?]{1,60}?[ \u00a0](?=(?:lautete|lautet|lauten|ist|is|was|war|müsste|sollte|dürfte|wäre|nummer|number|nr\.?|no\.?|unter|genannt|mitgeteilt|angegeben|vergeben|given|quoted|assigned|says|sagt)[ \u00a0:#])|[ \u00a0]+(?:der|des|für|für den|für die|vom|von|bei|beim|auf|aus|im|of|for|on|at|with|from)[ \u00a0]+[^\n.:;!?\d]{1,40}?(?=:)|[ \u00a0]+[A-Za-zÄÖÜäöüß]{2,20}(?:[ \u00a0][A-Za-zÄÖÜäöüß]{2,20}){0,2}(?=:)|[ \u00a0]+(?:steht|stand|stehen|is printed|appears)[ \u00a0]+(?:auf|in|im|unter|on|in)[ \u00a0]+[^\n.:;!?\d]{1,25}?(?=:)|[ \u00a0]*\([^()\n]{1,30}\)(?=[ \u00a0]*:)|[ \u00a0]+(?:laut|lt\.|gemäß|according to)[ \u00a0]+(?:(?:the|my|your|dem|der|meinem|meiner|ihrem|ihrer)[ \u00a0]+)?[A-Za-zÄÖÜäöüß]{3,20}(?=[ \u00a0]+[A-Z0-9]|[ \u00a0]*:)|[ \u00a0]+(?:beim|bei dem|bei der|vom|von der)[ \u00a0]+[a-zäöüß]{3,30}(?:gericht|amt|kasse|behörde)(?=[ \u00a0]+\d)|[ \u00a0]+(?:über|zur|zum|für|der|des|vom|von|for|about|regarding|of)[ \u00a0]+[A-Za-zÄÖÜäöüß-]{3,30}(?=[ \u00a0]+[A-Z]{1,4}-[A-Z0-9]))??(?:[ \u00a0]*(?:[:#=()–—]|,(?=[ \u00a0]*(?:nr|no)\.?[ \u00a0]*\d)|(?<=#[ \u00a0])-(?=[ \u00a0])|\.{3,}|(?:nr\.?|no\.?)(?![A-Za-zÄÖÜäöüß-])|(?:nummer|number|(?:ist|war|lautet)[ \u00a0]+(?:die|der|das)|lautete|lautet|lauten|lautend auf|ist|is|was|war|are|sind|were|waren|müsste|sollte|dürfte|wäre|should be|must be|might be|could be|may be|könnte|remains|bleibt|weiterhin|still|says|said|sagt|attached|anbei|hab(?:e)? ich|glaub(?:e)? ich|unter|under|genannt|mitgeteilt|angegeben|given|quoted|mit der nummer|with (?:the )?(?:number|no\.?|id)|bei uns|bei mir|bei ihnen|bei euch|bei dir|with you|with us|hier|dort|there|intern|internal|damals|früher|vermutlich|wahrscheinlich|glaube? ich|soweit ich wei(?:ß|ss)|back then|probably|i think|i believe|as far as i know|last week|yesterday|letzte woche|gestern|(?:die|der|das)(?=[ \u00a0]+\d))(?![A-Za-zÄÖÜäöüß0-9-]))[ \u00a0]*){0,4}[ \u00a0\t]*`;
// A social court's file number ("S 7 R 233/23", "L 4 KR 12/22"); a number and year with the
// handler's letters after them ("187/24 FK07", "214/25 HS-D", an Irish record's "2023/4471 P", a
// law firm's dictation mark "412/24 BR/ks").
// Starts alphanumeric, holds a digit, joins parts with - / _ . or a space between digit groups
// (or mixed groups: "1Z 88W 347 03");
// or a court's file number ("3 VI 1102/24", "IV ZR 12/19", "XVII 0412/23", "760 VI 2011/24",
// "51-3 BS 1148/24", a bailiff's "DR II 1184/25", Austria's "2 A 57/25m" or "3 A 214/24 m"), or
// the court's number before the prosecutor's ("2 Ds 310 Js 14872/24"). A law firm's dictation
// initials or a branch's letters may open it ("RE/SA 24-0318", "M-LE 20931"). An authority's division may too ("III B 2 – 1784/24").
const VALUE = String.raw`\d{3} [A-Z] \d{6}(?![A-Za-z0-9])|[IVX]{1,4} [A-Z] \d{1,2} [–-] \d{1,8}/\d{2,4}(?![A-Za-z0-9/])|\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6} [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}(?: jug)?(?![A-Za-z0-9/])|[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,6}/\d{2,4}(?![A-Za-z0-9])|\d{1,6}/\d{2,4}[ \u00a0][A-ZÄÖÜ]{1,4}(?:-[A-Z]{1,3}|\d{1,3}|/[a-z]{2,3})?(?![A-Za-zÄÖÜäöüß0-9/-])|(?:\d{1,4}(?:-\d{1,3})?[a-z]?|[IVX]{1,4}) [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}(?:[a-z]|[ \u00a0][a-z](?![A-Za-zÄÖÜäöüß0-9])|(?:\.[A-Z]{1,3}){1,3}(?![A-Za-z0-9]))?|(?:\d{1,4}|[A-Z]{1,3}) [IVXL]{1,5} \d{1,6}/\d{2,4}|\d{1,4} [IVXL]{2,5} [A-Z]{1,2} \d{1,6}(?:/\d{2,4})?|[IVXL]{2,5} \d{1,6}/\d{2,4}|(?:[A-ZÄÖÜ]{1,4}(?:[/-][A-ZÄÖÜ]{1,4})? (?=\d)|[A-Z](?:[a-z]?[A-Z][A-Za-z]{0,3}|[a-z])(?:-[A-Z][A-Za-z]{0,3})? (?=\d))?(?=[A-Z0-9ÄÖÜ\-/_.&]{0,40}(?:\d| \d{2,4}\/\d|(?<=\/) \d{3}))[A-Z0-9ÄÖÜ](?:[A-Z0-9ÄÖÜ]|(?:[-/_.]|\/\/)(?=[A-Z0-9ÄÖÜ])|(?<=[A-Z])&(?=[A-Z])|(?<=[A-Z0-9])\/ (?=\d{3})|(?<=\d) (?=\d)|(?<=\d) [/–-] (?=\d{1,4}(?![\d:]|[.,]\d| [A-Za-zÄÖÜäöüß]))|(?<=\d[A-Z]|[A-Z]\d) (?=[A-Z]{0,2}\d[A-Z0-9])|(?<=[A-Z]) (?=\d{2,4}\/\d)){1,40}`;

/** "Membership number*: …": a web form's mark of a required field. */
const REQUIRED_MARK = String.raw`(?:\*(?=[ \u00a0]*:))?`;
/** "unter Angabe des Kassenzeichens …": a German keyword in the genitive. */
const GENITIVE = String.raw`(?:(?<=zeichen)s(?=[ \u00a0]))?`;
const KEYWORD_GROUPS = Object.entries(KEYWORDS)
  .map(([group, words]) => `(?<${group}>${words})`)
  .join("|");
const BUSINESS_AT = new RegExp(
  `(?:${KEYWORD_GROUPS})${GENITIVE}${REQUIRED_MARK}(?:(?<=[#.:])|(?![${L}]))${FILLER}(?<value>${VALUE})(?![${L}0-9])`,
  "iy",
);
/**
 * "mitglnrKX-41127", "rechnungRE-2024-0931", "mitgl40872": a label typed in lower case straight
 * into its value, which opens with capitals or a digit. Case-sensitive, so the capitals show where
 * the label ends.
 */
const GLUED_AT = new RegExp(`(?:${KEYWORD_GROUPS})(?<value>${VALUE})(?![${L}0-9])`, "y");
const DIGIT_RUN = /\d+/g;
const LOWER_LETTER = /\p{Ll}/u;
const MAX_GLUED_LABEL = 24;
const MAX_GLUED_PREFIX = 9;

/**
 * Where a label in small letters ends right before a value (its digits, perhaps after capitals
 * and dashes): found from the digits, which a text holds far fewer of than letters.
 */
function gluedLabelEnd(text: string, digits: number): number {
  let at = digits;
  while (at > 0 && digits - at < MAX_GLUED_PREFIX && /[A-Z-]/.test(text[at - 1]!)) at--;
  if (at < digits && !/[A-Z]/.test(text[at]!)) return -1;
  return at > 0 &&
    (LOWER_LETTER.test(text[at - 1]!) || (text[at - 1] === "." && LOWER_LETTER.test(text[at - 2] ?? "")))
    ? at
    : -1;
}
const BUSINESS_HEADS = keywordHeads(Object.values(KEYWORDS).join("|"));
/** After a contract or proceedings compound ("Mietvertrag", "Bußgeldverfahren"): the same filler and value as above. */
export const VALUE_AFTER_COMPOUND = new RegExp(
  `(?![${L}])(?:-?(?:nr|nummer))?\\.?${FILLER}(?<value>${VALUE})(?![${L}0-9])`,
  "iy",
);
/**
 * "Mietvertrag", and with a hyphen: "Baumpflege-Rahmenvertrag", "Wartungs-Vertrag"; an insurance
 * policy's compound too ("Gebäudepolice", "Betriebshaftpflicht-Police", Austria's "…polizze").
 */
const CONTRACT_COMPOUND = /^[a-zäöüß][a-zäöüß-]{2,}(?:vertrag(?:s)?|police|polizze)(?:-?nr|-?nummer)?$/;
/** "Bußgeldverfahren 502.31.118842.9", "Verwarnungsgeldverfahren 44.1-VG-…": an authority's file. */
const PROCEEDINGS_COMPOUND = /^[a-zäöüß][a-zäöüß-]{2,}verfahren(?:s)?(?:-?nr|-?nummer)?$/;
/** "Kartenbestellung VR-T-240302-0015", "Sammelbestellung", "Nachbestellung": a kind of order. */
const ORDER_COMPOUND = /^[a-zäöüß][a-zäöüß-]{2,}bestellung(?:-?nr|-?nummer)?$/;
// An auction's bidder and paddle are numbers by themselves: "Paddle 212".
const QUALIFIED =
  /(?:nr\.?|no\.?|nummer|number|num\.?|id|#|\.|zeichen|referenz|reference|ref|akte|bidder|bieter|paddle)$/i;
const DATE_SHAPE = /^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|(?:19|20)\d{2})?$|^\d{4}-\d{2}-\d{2}$/;
/** "Rechnung (CHF 380.-)": a currency before the number makes it an amount. */
const CURRENCIES = new Set("EUR USD GBP CHF SEK NOK DKK PLN CZK HUF ZAR AUD CAD NZD INR TRY JPY".split(" "));
const AMOUNT_AFTER =
  /^[ \u00a0]*(?:€|eur\b|euro\b|usd\b|\$|%|uhr\b|stück\b|x\b|mal\b|tage?n?\b|days?\b|mg\b|µg\b|mcg\b|ml\b|i\.?e\.|anteile?n?\b|shares?\b|,\d|\.\d{2}\b|(?:kg|t|km|m|cm|mm|m²|m³|qm|l|lbs?|kw|ps|hrs?|std|einheit(?:en)?|units?)(?![\p{L}\p{N}]))/iu;

/**
 * A number followed by a currency or a unit is an amount ("Rechnung 380 EUR"); a code with letters
 * before its amount is not ("Invoice BKH-24-003318  EUR 1,244.00"), unless its digits run on as a
 * decimal or a date ("MF-24-044719214.05.2024": a PDF's columns glued).
 */
export function amountAfter(text: string, value: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  return /\p{L}/u.test(value) ? /^[.,]\d/.test(after) : AMOUNT_AFTER.test(after);
}

/**
 * An airline e-ticket number: the carrier's three digits, then ten ("512 2418830471",
 * "220-1234567890", "289 2417 705 311"). It names one traveller's ticket, so only in mails that
 * speak of tickets; weak, so a phone number of the same shape stays a phone number.
 */
const E_TICKET = /(?<![\d+/.-])\d{3}[ \u00a0-]?(?:\d{10}|\d{4} \d{3} \d{3})(?![\d/.-])/g;
const TICKET_WORD = /\b(?:e-?tickets?|tickets?|ticketnummer|flugschein|ETKT)\b/i;

/**
 * "Airline PNR: QJ4L7D", "Booking reference: QXHTRV": an airline's booking code is six letters or
 * digits, letters only too, so it has no digit for the value rule to hold on to.
 */
const BOOKING_CODE =
  /(?:\bPNR|\bbooking (?:ref(?:erence)?|code)|\bbuchungscode|\breservation code|\brecord locator|\bfilekey)[ \u00a0]*[:#]?[ \u00a0]*([A-Za-z0-9]{6})(?![A-Za-z0-9])/gi;

const BOOKING_HINT = /PNR|[Bb]ooking|[Bb]uchungscode|[Rr]eservation code|[Rr]ecord locator|[Ff]ilekey/;

/**
 * "He is member 0202", "Mitglied 0041": a club's member number padded with zeros, right after
 * the word; the zero tells it from a count or a year ("member 2021"). After "Nr." or "no." any
 * number is one, a club's letters maybe before it: "schon Mitglied, Nr. 188", "member (no. 0042)",
 * "member (no. M-0634)"; so is one alone in brackets, unless a year: "Mitglied (10556)", not
 * "Mitglied (2019)".
 */
const PADDED_MEMBER_NUMBER =
  /(?<![\p{L}])(?:[Mm]ember|[Mm]itglied)(?:[ \u00a0]+(?=0)|(?:,?[ \u00a0]+|[ \u00a0]*\()(?:[Nn]r|[Nn]o|#)\.?[ \u00a0]*|[ \u00a0]*\((?=\d{3,7}\))(?!(?:19|20)\d{2}\)))((?:[A-Z]{1,3}-)?\d{2,7})(?![\p{L}\d]|[.,]\d)/gu;

/**
 * A livestock keeper's registration number, which beekeepers and farmers get from the veterinary
 * office: "276", the state's two digits, the district's and the town's three, the keeper's four
 * ("276 08 337 096 0042"). Written apart so: an animal's chip number starts with "276" too.
 */
const KEEPER_REGISTRATION =
  /(?<![\d.,/-])276[ \u00a0](?:0[1-9]|1[0-6])(?:[ \u00a0]\d{3}){2}[ \u00a0]\d{4}(?![\d.,/-]\d|\d)/g;

/**
 * "Hoxha Arben – 17.4.77 – MA 30788", "MA-Nr. 30532": a works' staff number after "MA"
 * (Mitarbeiter) in capitals, as a field of its own; after a comma it is Massachusetts ("Boston,
 * MA 02139").
 */
const STAFF_NUMBER = /MA(?:-Nr\.?)?[ \u00a0:]+(\d{4,6})(?![\p{L}\d]|[.,]\d)/gu;
/** What may stand before a bare "MA": a line's start, a bracket, a bar, a slash or a dash. */
const STAFF_FIELD_BEFORE = /(?:^|[\n(|/–—]|(?<![\p{L}\d])-)[ \t]*$/u;

/**
 * A bailiff's register number (Dienstregister): "DR II 1147/25", "DR-I-1290/25", "DR I/0307/25",
 * "DR1 2034/25", "DR-II/0412/2025". Every file of a German bailiff's office has one, and mails
 * quote it bare, in subjects and after "ref". A subject in capitals reaches it recased ("Dr Ii").
 */
const BAILIFF_REGISTER =
  /(?<![\p{L}\d])D[Rr](?:[ \u00a0-](?:I{1,3}|IV|V|Ii|Iii|Iv)|[ \u00a0-]?[1-5])[ \u00a0/-]\d{1,5}\/(?:20)?\d{2}(?!\d)/gu;

/**
 * An authority's file: its letters, a long serial and the year, apart by slashes: an Austrian
 * penal notice's "VStV/924100883471/2024", a police diary's "ST/0412783/2025".
 */
const AUTHORITY_FILE = /[A-Z][A-Za-z]{1,5}\/\d{6,14}\/(?:19|20)\d{2}(?![\p{L}\d/])/gu;

/**
 * A club's or food bank's card, or a customer, by its code of two or three capitals and a few
 * digits: "Karte FB-0768", "my card is FB 1092", "Kundin BZ-0188". Case matters: "card is 8944 …".
 */
const CARD_CODE =
  /(?:[Kk]arte|[Cc]ard|[Kk]undin|[Kk]unde)[ \u00a0]*\(?(?:(?:[Nn]r|[Nn]o|is|ist)\.?[ \u00a0]+)?([A-Z]{2,3}[- ]\d{3,5})(?![\p{L}\d/-]|[.,]\d|[ \u00a0]\d)/gu;

/**
 * A civil register's entry: the register's letter (Geburten, Ehe, Lebenspartnerschaft, Sterbe),
 * the entry's number and its year ("G 388/1990", "E 512/2019", "S 611/2025"), in a mail about a
 * registry office or a certificate.
 */
const CIVIL_REGISTER_ENTRY = /(?<![\p{L}\d/])[GELS] \d{1,5}\/(?:19|20)\d{2}(?![\d/])/gu;
const CIVIL_REGISTER_MENTION = /Standesamt|[Rr]egistry office|[Rr]egister office|[Uu]rkunde|[Cc]ertificate/;

/** A job centre's household number ("BG-Nummer"), five digits, "BG", seven: "21508BG0081204". */
const JOB_CENTRE_HOUSEHOLD = /(?<![\dA-Za-z])\d{5}BG\d{7}(?![\dA-Za-z])/g;
/**
 * The family benefits office's child benefit number, three digits, "FK", six ("615FK204118", "722
 * FK 038461"): each family's file with the Familienkasse goes by it.
 */
const CHILD_BENEFIT_NUMBER = /(?<![\dA-Za-z])\d{3}[ \u00a0]?FK[ \u00a0]?\d{6}(?![\dA-Za-z])/g;
/**
 * The job agency's customer number, three digits, "D", six ("374D548870"), in a mail about a job
 * centre: every jobseeker's file goes by it.
 */
const JOB_AGENCY_CUSTOMER = /(?<![\dA-Za-z])\d{3}D\d{6}(?![\dA-Za-z])/g;
const JOB_AGENCY_MENTION =
  /[Jj]obcenter|[Jj]ob-?[Cc]enter|[Aa]gentur für [Aa]rbeit|[Aa]rbeitsagentur|[Aa]rbeitsamt/;

/**
 * A customs declaration's Movement Reference Number: the year's two digits, the country's two
 * letters, fourteen letters and digits ("24DE440812736459E3"), in a mail about customs.
 */
const MRN = /(?<![A-Za-z0-9])\d{2}[A-Z]{2}(?=[A-Z0-9]{14}(?![A-Za-z0-9]))(?=[A-Z]*\d)[A-Z0-9]{14}/g;
const CUSTOMS_MENTION = /\bMRNs?\b|[Zz]oll|[Cc]ustoms|[Ii]mport|[Ee]xport|[Ee]infuhr|[Aa]usfuhr/;

export function detectBusinessIds(text: string, tokens: Tokens, out: Span[]): void {
  if (CUSTOMS_MENTION.test(text))
    for (const match of text.matchAll(MRN))
      out.push(matchSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.format));
  if (CIVIL_REGISTER_MENTION.test(text))
    for (const match of text.matchAll(CIVIL_REGISTER_ENTRY))
      out.push(matchSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.format));
  if (text.includes("BG"))
    for (const match of text.matchAll(JOB_CENTRE_HOUSEHOLD))
      out.push(matchSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.format));
  if (text.includes("FK"))
    for (const match of text.matchAll(CHILD_BENEFIT_NUMBER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.format));
  if (JOB_AGENCY_MENTION.test(text))
    for (const match of text.matchAll(JOB_AGENCY_CUSTOMER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.context));
  if (text.includes("276"))
    for (const match of text.matchAll(KEEPER_REGISTRATION))
      out.push(matchSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.format));
  if (text.includes("ember") || text.includes("itglied"))
    for (const match of text.matchAll(PADDED_MEMBER_NUMBER))
      out.push(valueSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.keyword));
  if (text.includes("MA"))
    for (const match of text.matchAll(STAFF_NUMBER)) {
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      const labelled = match[0].startsWith("MA-Nr") && !/[\p{L}\d-]$/u.test(before);
      if (!labelled && !STAFF_FIELD_BEFORE.test(before)) continue;
      out.push(valueSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.keyword));
    }
  if (text.includes("/"))
    for (const match of text.matchAll(AUTHORITY_FILE))
      if (!/[\p{L}\d/]/u.test(text[match.index - 1] ?? ""))
        out.push(matchSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.format));
  for (const match of text.matchAll(CARD_CODE))
    if (!/\p{L}/u.test(text[match.index - 1] ?? ""))
      out.push(valueSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.keyword));
  if (text.includes("DR") || text.includes("Dr"))
    for (const match of text.matchAll(BAILIFF_REGISTER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.format));
  if (BOOKING_HINT.test(text))
    for (const match of text.matchAll(BOOKING_CODE))
      if (/^[A-Z0-9]{6}$/.test(match[1]!) && /[A-Z].*[A-Z]/.test(match[1]!))
        out.push(valueSpan(EntityType.ENTITY_TYPE_ORDER_NUMBER, match, Score.keyword));
  if (TICKET_WORD.test(text))
    for (const match of text.matchAll(E_TICKET))
      out.push(matchSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.weak));
  for (const i of tokens.withHead(BUSINESS_HEADS)) idAt(text, tokens.starts[i]!, out);
  // "kundennr5512309": a label glued to its value is no token of its own. The cheap look first:
  // the full pattern tries every word of the text.
  if (GLUED_HINT.test(text)) for (const glued of text.matchAll(GLUED_LABEL)) idAt(text, glued.index, out);
  for (const run of text.matchAll(DIGIT_RUN)) {
    const labelEnd = gluedLabelEnd(text, run.index);
    if (labelEnd === -1) continue;
    let start = text[labelEnd - 1] === "." ? labelEnd - 1 : labelEnd;
    while (start > 0 && labelEnd - start <= MAX_GLUED_LABEL && LOWER_LETTER.test(text[start - 1]!)) start--;
    if (labelEnd - start < 2 || wordBefore(text, start) || /\p{L}/u.test(text[start - 1] ?? "")) continue;
    GLUED_AT.lastIndex = start;
    const match = GLUED_AT.exec(text);
    if (match === null || match.index + match[0].length - match.groups!["value"]!.length !== labelEnd)
      continue;
    pushKeywordMatch(text, match, out);
  }
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens.lowers[i]!;
    // "Schutzbrief-Polizze: SB-AT-0091 5536": the label is the compound's last part, with a
    // colon or number word after it ("KVM-Kundenkarte (65plus-Abo)" names a product), or a
    // number word in it ("Telekom-Kundennummer 5501 882 114", "Förderkreis-Mitgliedsnr. FK-0832").
    const dash = lower.lastIndexOf("-");
    if (
      dash > 0 &&
      dash < lower.length - 3 &&
      (lower.endsWith("nummer") ||
        lower.endsWith("nr") ||
        LABELLED.test(text.slice(tokens.ends[i]!, tokens.ends[i]! + 12)))
    )
      idAt(text, tokens.starts[i]! + dash + 1, out);
    const type =
      (lower.includes("vertrag") || lower.includes("poli")) && CONTRACT_COMPOUND.test(lower)
        ? EntityType.ENTITY_TYPE_CONTRACT_NUMBER
        : lower.includes("verfahren") && PROCEEDINGS_COMPOUND.test(lower)
          ? EntityType.ENTITY_TYPE_TICKET_NUMBER
          : lower.includes("bestellung") && ORDER_COMPOUND.test(lower)
            ? EntityType.ENTITY_TYPE_ORDER_NUMBER
            : undefined;
    if (type === undefined) continue;
    VALUE_AFTER_COMPOUND.lastIndex = tokens.ends[i]!;
    const match = VALUE_AFTER_COMPOUND.exec(text);
    if (match !== null) pushId(text, match, type, "", out);
  }
}

const LABELLED = /^[ \u00a0]*(?:[:#]|nr\.?|no\.?|nummer|number)/i;
const GLUED_LABEL = /(?<![\p{L}\d])\p{L}{2,24}(?:nr|nummer)\.?(?=\d)/giu;
const GLUED_HINT = /(?:nr|nummer)\.?\d/i;

function idAt(text: string, at: number, out: Span[]): void {
  BUSINESS_AT.lastIndex = at;
  const match = BUSINESS_AT.exec(text);
  if (match !== null) pushKeywordMatch(text, match, out);
}

/** A match of the keyword groups: its value, typed by the group its keyword matched. */
function pushKeywordMatch(text: string, match: RegExpExecArray, out: Span[]): void {
  const groups = match.groups!;
  const keyword = Object.keys(TYPES).find((group) => groups[group] !== undefined)!;
  pushId(text, match, TYPES[keyword]!, groups[keyword]!, out);
}

/**
 * The case-insensitive value pattern also reads prose: a letter prefix before a space ("KR 4410
 * 2291") counts only in capitals and never as a currency ("am 12", "zum 30.11", "EUR 40"), and a
 * court's register in a file number is capitalized ("3 VI 1102/24", not "3 am 12/24").
 */
export function proseWordIn(value: string): boolean {
  const prefix = /^([A-Za-zÄÖÜäöüß]{1,6}(?:-[A-Za-z]{1,4})?) \d/.exec(value);
  if (prefix !== null && (!officePrefix(prefix[1]!) || CURRENCIES.has(prefix[1]!))) return true;
  // "SB-DO 2024/1187" and a prosecutor's "St 4471/24" are file numbers, "noch 2024/25" prose.
  const head = /^(\S+) \d{2,4}\//.exec(value);
  if (head !== null && !officePrefix(head[1]!)) return true;
  // "Heizkostenabrechnung 2023/24 für …": handler's letters after a year are capitals ("214/24 KÖ").
  if (/^\d{1,6}\/\d{2,4}[ \u00a0]\p{Ll}/u.test(value)) return true;
  const register = /^\S+ ([A-Za-z]+) \d/.exec(value);
  return register !== null && !/^[A-Z]/.test(register[1]!);
}

/**
 * A file number's prefix: capitals ("BP"), an office's abbreviation with a capital inside ("RbSt",
 * "ESt-Vl", "FK-Hes", a probation service's "BewH"), or two letters ("Rb") that are no word ("Am",
 * "im").
 */
function officePrefix(word: string): boolean {
  if (inCapitals(word)) return true;
  if (/^[A-Z][a-z]{0,2}[A-Z]/.test(word)) return true;
  return /^[A-Z][a-z]$/.test(word) && !SHORT_WORDS.has(word.toLowerCase());
}
const SHORT_WORDS = new Set(
  "am im um an in zu ab ob so da wo es er ja no on at to by of if is it as or up we".split(" "),
);

/** "OWi" (Ordnungswidrigkeit) is how fine notices write their file numbers: "Az. OWi 4419/24". */
function inCapitals(word: string): boolean {
  return word === word.toUpperCase() || word === "OWi";
}

/** "Bestellung KW 49": a calendar week, not an order's number. */
const CALENDAR_WEEK = /^(?:KW|CW)[ \u00a0.]?\d{1,2}$/;

function pushId(text: string, match: RegExpExecArray, type: EntityType, keyword: string, out: Span[]): void {
  const raw = match.groups!["value"]!;
  const value = raw.replace(/[. ]+$/, "");
  const start = match.index + match[0].length - raw.length;
  const end = start + value.length + trailingInitials(text, start + value.length, value);
  if (value.length < 3 || DATE_SHAPE.test(value) || CALENDAR_WEEK.test(value) || proseWordIn(value)) return;
  if (amountAfter(text, value, end)) return;
  const between = match[0].slice(keyword.length, start - match.index);
  const qualified = QUALIFIED.test(keyword) || /[:#]|nummer|number|\bnr\b|\bno\b/i.test(between);
  if (!qualified && (value.length < 4 || /^(?:19|20)\d{2}$/.test(value))) return;
  // "Auftragsnummer 2022: A-22-3391": a year before a colon says which year's number follows.
  if (/^(?:19|20)\d{2}$/.test(value) && /^[ \u00a0]*:[ \u00a0]*\S/.test(text.slice(end, end + 4))) return;
  out.push({ type, start, end, score: qualified ? Score.keyword : Score.context });
  pushListed(text, value, end, type, out);
  if (DIGIT_GROUPS.test(value)) pushListedAfter(text, end, sameGroups(value), type, out);
  if (COURT_FILE.test(value)) pushListedAfter(text, end, LISTED_COURT_FILES, type, out);
  if (/^\d{3,8}$/.test(value)) pushListedAfter(text, end, sameDigitCount(value.length), type, out);
}

/**
 * "Mitgliedsnummern 1402 und 1403", "Kundennummern: 30112 (Haus am Weiher), 30113 (…)": more
 * numbers of as many digits, listed after the first, each perhaps with a note in brackets.
 */
function sameDigitCount(digits: number): ListedValues {
  return {
    item: /^(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]*(?:,|;|\/|&|\+|und|and|sowie)[ \u00a0]*(\d{3,8})(?![\d.,:/-]\d|\d)/,
    window: 60,
    max: 8,
    alike: (value) => value.length === digits,
  };
}

/** "Az.: 34 Ds 118/24 - 921 Js 4471/23": the court's and the prosecutor's numbers of one case. */
const LISTED_COURT_FILES: ListedValues = {
  item: /^[ \u00a0]*(?:[-–,;/&]|und|and)[ \u00a0]*(\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}\/\d{2,4}[a-z]?)(?![\p{L}\d])/u,
  window: 40,
  max: 3,
  alike: () => true,
};

/** A number in groups of digits apart by spaces or dots: a ticket's, an account's, a case's "41.2024.118473". */
const DIGIT_GROUPS = /^\d{2,6}(?:( |\.)\d{2,6})(?:\1\d{1,6}){0,4}$/;

/**
 * "5501 7734 2290, 5501 7734 2291 und …", "… 0031 bis 2290 1184 0034", one per line below: more
 * numbers grouped as the first, after a list's mark or on the next line.
 */
function sameGroups(first: string): ListedValues {
  const shape = groupLengths(first);
  return {
    item: /^(?:[ \u00a0]*(?:,|\/|&|\+|und|and|bis|to|–)[ \u00a0]*|[ \u00a0]*\r?\n[ \u00a0]*)(\d{2,6}(?:[ .]\d{1,6}){1,5})(?![\d.]\d)/,
    window: 60,
    max: 12,
    alike: (value) => groupLengths(value) === shape,
  };
}

function groupLengths(value: string): string {
  return value
    .split(/[ .]/)
    .map((group) => group.length)
    .join(",");
}

/**
 * A letter group that ends the line or sentence after a number is part of it: a lawyer's initials
 * ("Unser Zeichen: VU 318/24 BY", "318/24 YB/ks", "412/23 CS-rw.", "417/23 Wa/sk"), a check
 * letter ("Vertrags-Nr. 3487219 K"). Its length, or 0.
 */
function trailingInitials(text: string, end: number, value: string): number {
  if (!/\d$/.test(value)) return 0;
  const group =
    /^ ([A-Z]{1,3}|[A-Z][a-z](?=\/[a-z]))(?:[/-][a-z]{1,3})?(?=[ \t]*(?:\r?\n|$|[,;)]|\.(?:\s|$)))/.exec(
      text.slice(end, end + 12),
    );
  if (group !== null) return CURRENCIES.has(group[1]!) ? 0 : group[0].length;
  const country = parcelCountryAfter(text, end, value);
  if (country > 0) return country;
  // An Austrian file number ends in a small check letter: "GZ 1 A 318/24 k".
  const check = / [a-z](?=[ \t]*(?:\r?\n|$|[,;)]))/.exec(text.slice(end, end + 4));
  return check !== null && check.index === 0 && COURT_FILE.test(value) ? 2 : 0;
}

/** A parcel's number: capitals, then three groups of digits or more ("FK 2290 4471 8830"). */
const PARCEL_GROUPS = /^[A-Z]{1,3} \d{3,5}(?: \d{3,5}){2,}$/;
const COUNTRY_AFTER = /^ [A-Z]{2}(?![\p{L}\d])/u;

/** "FK 2290 4471 8830 IE. The tracking …": the country a parcel's number ends in, mid-sentence too; its length, or 0. */
export function parcelCountryAfter(text: string, end: number, value: string): number {
  return PARCEL_GROUPS.test(value) && COUNTRY_AFTER.test(text.slice(end, end + 4)) ? 3 : 0;
}

/** "1 A 318/24": register, number and year of a court's file. */
const COURT_FILE = /^\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}\/\d{2,4}$/;

/**
 * "Invoices ODS-1142 ($4,800.00) and ODS-1157", "FT 2024/000913, FT 2024/001027": more values of
 * the same prefix later on the line.
 */
const PREFIXED_VALUE = new RegExp(
  `(?<![${L}0-9])([A-Z]{2,5}[-/ ]?)\\d[\\dA-Z-]*(?:/\\d+){0,3}(?![${L}0-9])`,
  "gu",
);

function pushListed(text: string, value: string, from: number, type: EntityType, out: Span[]): void {
  const prefix = /^[A-Z]{2,5}[-/ ]?(?=\d)/.exec(value)?.[0];
  if (prefix === undefined) return;
  const rest = text.slice(from, Math.min(endOfLine(text, from), from + 80));
  for (const match of rest.matchAll(PREFIXED_VALUE)) {
    if (match[1] !== prefix) continue;
    // After a space the value may go on in groups ("EUS 9182 4477 302"): only one as long as the first.
    if (prefix.endsWith(" ") && shapeOf(match[0]) !== shapeOf(value)) continue;
    const start = from + match.index;
    out.push({ type, start, end: start + match[0].length, score: Score.context });
  }
}

const compiled = new WeakMap<RegExp, RegExp>();

/** A caller's pattern made global (and index-aware if it names a `value` group), compiled once. */
function globalVersion(regex: RegExp): RegExp {
  let global = compiled.get(regex);
  if (global === undefined) {
    let flags = regex.flags.includes("g") ? regex.flags : `${regex.flags}g`;
    if (regex.source.includes("?<value>") && !flags.includes("d")) flags += "d";
    global = new RegExp(regex.source, flags);
    compiled.set(regex, global);
  }
  return global;
}

export function detectCustomPatterns(text: string, patterns: readonly CustomPattern[], out: Span[]): void {
  for (const pattern of patterns) {
    for (const match of text.matchAll(globalVersion(pattern.regex))) {
      const range = match.indices?.groups?.["value"];
      const start = range ? range[0] : match.index;
      const end = range ? range[1] : match.index + match[0].length;
      if (end > start) out.push({ type: pattern.type, start, end, score: Score.keyword });
    }
  }
}

import { L, LL, LU, M } from "../chars.js";
import { keywordHeads } from "../tokens.js";

/** Country names as addresses end with them, in German, English and their own language. */
export const COUNTRIES = [
  "Deutschland|Germany|Österreich|Austria|Schweiz|Switzerland|Suisse|Svizzera|Belgien|Belgium|Belgique|België",
  "Niederlande|The Netherlands|the Netherlands|Netherlands|Nederland|Holland|Republic of Ireland|U\\.K\\.|U\\.S\\.A\\.|Luxemburg|Luxembourg|Frankreich|France|Italien|Italy|Italia|Spanien|Spain|España",
  "Portugal|Polen|Poland|Polska|Tschechien|Czechia|Czech Republic|Ungarn|Hungary|Dänemark|Denmark|Danmark",
  "Schweden|Sweden|Sverige|Norwegen|Norway|Norge|Finnland|Finland|Suomi|Irland|Ireland|UK|United Kingdom|England",
  "Scotland|Wales|USA|United States|Kanada|Canada|Australien|Australia|New Zealand|Indien|India|Türkei|Turkey|Türkiye",
  "South Africa|Südafrika|Großbritannien|Great Britain|Northern Ireland|Nordirland|Griechenland|Greece|Hellas",
  "Zypern|Cyprus|Kroatien|Croatia|Hrvatska|Serbien|Serbia|Srbija|Slowenien|Slovenia|Slowakei|Slovakia|Slovensko",
  "Rumänien|Romania|România|Bulgarien|Bulgaria|Litauen|Lithuania|Lettland|Latvia|Estland|Estonia|Ukraine|Malta",
  "Liechtenstein|Monaco|Island|Iceland|Mexiko|Mexico|México|Brasilien|Brazil|Brasil|Argentinien|Argentina|Chile",
  "Kolumbien|Colombia|Japan|China|Singapur|Singapore|Malaysia|Philippinen|Philippines|Vietnam|Viet Nam|Thailand",
  "Indonesien|Indonesia|Pakistan|Bangladesh|Sri Lanka|Ägypten|Egypt|Marokko|Morocco|Tunesien|Tunisia|Israel",
  "Vereinigte Arabische Emirate|United Arab Emirates|UAE|Nigeria|Ghana|Kenia|Kenya|Vereinigte Staaten",
  "Südkorea|South Korea|Korea|Taiwan|Hongkong|Hong Kong|Neuseeland|Saudi-Arabien|Saudi Arabia|Iran|Irak|Iraq",
  "Syrien|Syria|Libanon|Lebanon|Jordanien|Russland|Russia|Belarus|Weißrussland|Moldau|Moldova|Georgien",
  "Armenien|Armenia|Aserbaidschan|Azerbaijan|Kasachstan|Kazakhstan|Usbekistan|Uzbekistan|Albanien|Albania",
  "Kosovo|Nordmazedonien|North Macedonia|Bosnien und Herzegowina|Bosnia and Herzegovina|Montenegro",
  "Afghanistan|Eritrea|Äthiopien|Ethiopia|Somalia|Kamerun|Cameroon|Senegal|Peru|Venezuela|Ecuador|Kuba|Cuba",
  "Việt Nam|P\\.R\\. China|PR China|Nepal|Tansania|Tanzania|Uganda|Ruanda|Rwanda|Sambia|Zambia|Simbabwe|Zimbabwe",
].join("|");

/** Lines that end a letter's greeting or closing, never an address part. */
export const NOT_ADDRESS_LINE =
  /Regards|Grüße|Gruß|Thanks|Danke|Cheers|Sincerely|Faithfully|Greetings|Hello|Hallo|Dear|Liebe|Sehr/u;

// Pattern pieces for postal addresses. Kept apart from the scanning logic in addresses.ts.

export const WORD = `[${LU}][${L}${M}'’]*(?:-[${L}${M}'’]+)*`;
const DE_SUFFIX = String.raw`straße|strasse|str\.?|weg|allee|platz|gasse|ring|gürtel|damm|ufer|chaussee|steig|stieg|pfad|markt|hof|graben|kamp|wall|brücke|zeile|anger|promenade|park|berg|feld|garten|tor|wiese|winkel|höhe|aue|koppel|redder|twiete|siedlung|deich|warf|hain|kai|straat|gracht|laan|baan|haven|dreef|burgwal|plein|kade|dijk|singel|steenweg|lände|gatan|gata|gade|gate|vej|vei|veien|vegen|katu|tie|väg|vägen|gränd|torget|plass|stræde|gässle|gässli|wegle`;
const DE_SUFFIX_CAPITALIZED = DE_SUFFIX.split("|")
  .map((suffix) => suffix[0]!.toUpperCase() + suffix.slice(1))
  .join("|");
const DE_WORD_SUFFIX = String.raw`Straße|Strasse|Str\.?|Weg|Allee|Platz|Ring|Damm|Chaussee|Gasse|Markt|Ufer|Steig|Pfad|Landstraße|Heerstraße|Hof|Berg|Feld|Graben|Kamp|Wall|Tor|Brücke|Lände|Kai|Zeile|Gürtel`;
export const DE_PREPOSITIONS = `Up de|Up'n|Op de|An de|Bi de|Am|An der|An den|An dem|Bei den|Bei dem|Zu den|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur|Unter den|Unter der|Hinter der|Hinter dem|Hinter den|Vor dem|Vor der|Vorm|Bei der|Beim|Über der|Unterm|Alte|Alter|Altes|Alten|Große|Großer|Großen|Kleine|Kleiner|Kleinen|Neue|Neuer|Neuen|Lange|Langer|Obere|Oberer|Untere|Unterer|Hohe|Hoher|Hohen|Kurze|Breite|Krumme|Grüne|Stille|Schöne|Eerste|Tweede|Derde|Oude|Nieuwe|Korte|Lange|Grote|Kleine|Sint|Oranje|Zwart|Zwarte|Witte|Middel|Hoge|Lage|Achter|Noorder|Zuider|Ooster|Wester`;

/** Type words that end a street name in lower case: "Thorvald Meyers gate 40", "Andrássy út 60", "Klatovská třída 118". */
export const LOWER_CASE_STREET_TYPES =
  "gate|gata|gatan|vej|vei|veien|väg|vägen|plass|torg|út|utca|körút|třída|náměstí|nábřeží";
/**
 * A German street name ending right before a house number: tested on the text before the number.
 * An abbreviated street may run into its number: "Gneisenaustr.41". A day may open a dedication's
 * name: "Straße des 17. Juni". A Dutch street keeps the given name or title before it: "Gustav
 * Mahlerlaan", "Prinses Irenelaan". A side or a height may open a compound: "Linke Wienzeile",
 * "Obere Donaustraße".
 */
export const DE_STREET_BEFORE_NUMBER = new RegExp(
  String.raw`(?:${WORD}[ \u00a0][${LU}][${L}${M}-]*?(?:laan|straat|plein|kade|gracht|singel|dreef)|(?:(?:Linke|Rechte|Obere|Untere|Hintere|Vordere)[ \u00a0])?[${LU}][${L}${M}-]*?(?:${DE_SUFFIX}|-(?:${DE_SUFFIX_CAPITALIZED}))|${WORD}(?:[ \u00a0]${WORD})?[ \u00a0](?:${DE_WORD_SUFFIX}|${LOWER_CASE_STREET_TYPES}|Avenue|Street|Road)|(?:${DE_PREPOSITIONS})[ \u00a0]+${WORD}(?:[ \u00a0]${WORD})?|(?:Straße|Platz|Allee|Ring)[ \u00a0](?:der|des|am|an[ \u00a0]der|vom|zum|zur)[ \u00a0]+(?:\d{1,2}\.[ \u00a0])?${WORD}(?:[ \u00a0]${WORD})?)(?:,?[ \u00a0]*(?:Nr|Hausnr|No)\.?)?(?:[ \u00a0]+|(?<=[a-zäöüß]str\.))$`,
  "u",
);
/** What may follow the digits of a house number: "12a", "12 a", "12-14", "5/3", Dutch floors "123-III", "45-hs". */
export const HOUSE_NUMBER_REST = new RegExp(
  String.raw`(?:[ \u00a0]?[a-zA-Z](?![${L}]))?(?:[ \u00a0]?(?:[-–/]|\+(?=\d))[ \u00a0]?(?:\d{1,4}[a-zA-Z]?(?!\.?[ \u00a0]?(?:OG|[Ss]tock|[Ee]tage|ETAGE|STOCK))|(?:[A-Z]|I{2,3}|IV|hs|huis|bis|ter)(?![${L}]))){0,3}(?![0-9]|[.,]\d(?!\d{3,4}[ \u00a0]))`,
  "y",
);
/**
 * Nouns that follow "Am"/"Im"/"Zum" in prose with a number after them ("Im Jahr 2023", "Am Montag
 * 3"), markets named with their year ("Weihnachtsmarkt 2024"), and parking spaces by their number
 * ("Außenstellplatz Nr. 18").
 */
export const NOT_STREET_NOUN =
  /^(?:Weihnachtsmarkt|Christkindl(?:es)?markt|Adventsmarkt|Flohmarkt|Jahre?n?|Anhang|Ende|Anfang|Moment|Monat|Rahmen|Auftrag|Namen|Vergleich|Schnitt|Durchschnitt|Wert|Betrag|Voraus|Allgemeinen|Zuge|Laufe|Falle?|Prinzip|Wesentlichen|Grunde|Detail|Einzelnen|Übrigen|Zeitraum|Bereich|Bezug|Hinblick|Nachgang|Kalender|Büro|Lager|Shop|Warenkorb|Konto|Ordner|Postfach|Schreiben|Brief|Vertrag|Kapitel|Abschnitt|Absatz|Punkt|Paragraph|Artikel|Text|Betreff|Dokument|Formular|Vorfeld|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Quartal|Halbjahr|Sommer|Winter|Frühjahr|Herbst|Preis|Paket|Zeitpunkt|Tag|Morgen|Abend|Nachmittag|Vormittag|Mittag|Rechnung|Bestellung|Lieferung|Monate|Wochen|Tagen|Stunden|Minuten|Mittel|Maximum|Minimum|Schritt|Schritten|Rang|Team|Kundenservice|Kundenkonto|System|Portal|Profil|Vertragsjahr|Geschäftsjahr|Raum|Zimmer|Gebäude|Haus|Stock|Etage|\p{L}*[Ss]tellplatz|\p{L}*[Pp]arkplatz|Sitzplatz|Arbeitsplatz|Platz)$/u;
// Each word ends where its letters do: "41 hüp …" is no "h" (hours), though \b would say so.
export const UNIT_AFTER =
  /^[ \u00a0]*(?:%|€|:\d|\.\d|minuten|stunden|stück|(?:eur|euro|uhr|h|min|tage?n?|jahre?n?|monate?n?|wochen?|x|mal|gb|mb|kg|km|m|cm|mm|kwh)(?![a-zäöüß\d]))/i;

const EN_SUFFIX = `Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Tce|Est|Circle|Cir|Square|Sq|Parkway|Pkwy|Highway|Hwy|Close|Crescent|Cres|Gardens|Grove|Row|Hill|Hills|Fork|Forks|Crossing|Xing|Mall|Port|Ports|Park|Path|Pike|Plaza|Point|Points|Ridge|Run|Trail|Trl|Walk|Mews|Green|Quay|Parade|Pde|Esplanade|Embankment|Rise|Vale|Broadway|Circus|Cottages|Villas|Alley|Bend|Bridge|Brook|Brooks|Burg|Burgs|Bypass|Camp|Canyon|Cape|Causeway|Center|Centre|Centers|Club|Common|Commons|Corner|Corners|Cove|Coves|Creek|Crest|Curve|Dale|Dam|Divide|Estate|Estates|Expressway|Extension|Extensions|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|Forge|Forges|Fort|Freeway|Garden|Gateway|Glen|Glens|Greens|Harbor|Harbors|Haven|Heights|Hollow|Inlet|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Land|Landing|Light|Lights|Loaf|Lock|Locks|Lodge|Loop|Manor|Manors|Meadow|Meadows|Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Pass|Passage|Pine|Pines|Plain|Plains|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|River|Route|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Station|Stravenue|Stream|Streets|Summit|Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Union|Unions|Valley|Valleys|Viaduct|View|Views|Village|Villages|Ville|Vista|Well|Wells|Wharf|Yard|Yards`;
// The unit word must end where its word ends: "Ste" is no suite in ", Stellenbosch".
const UNIT_PART = String.raw`(?:,?[ \u00a0]+(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl)(?![a-z])\.?|#)[ \u00a0]*[A-Za-z0-9-]{1,6}(?![${L}0-9]))?`;
/** A line that ends in a street word is a street, even when it starts with a given name ("Kirk Lane"). */
export const STREET_WORD_AT_END = new RegExp(
  String.raw`(?:[ \u00a0](?:${EN_SUFFIX})\.?|(?:${DE_SUFFIX}))$`,
  "u",
);
/**
 * "221B Baker Street", "659 W 5th Street Apt. 2", "14 Cedar Court Wellington Street" (a building
 * and its street): tried at each number.
 */
export const EN_STREET_AT = new RegExp(
  // Not a time's minutes: "09:00  Frau Dr. Leclerc" is no "Dr." (Drive); not a code's digits
  // ("SI-77231"), nor a number a table's column gap away from the words after it.
  String.raw`(?<!\d[:.]|[${L}]-)\d{1,6}[A-Za-z]?(?:-\d{1,6}[A-Za-z]?)?[ \u00a0]{1,2}(?:[NSEW]\.?[ \u00a0]+)?(?:(?:${WORD}|\d{1,3}(?:st|nd|rd|th)|van|der|den|de|la|du|von)[ \u00a0]+){1,3}(?:${EN_SUFFIX})\.?(?![${L}])(?:[ \u00a0]+(?:${WORD}[ \u00a0]+){1,2}(?:${EN_SUFFIX})\.?(?![${L}]))?(?:[ \u00a0]+(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)(?![${L}]))?${UNIT_PART}`,
  "uy",
);
export const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
/** The town before ", ST 12345", tested on the text before the state. */
export const US_TOWN_BEFORE_STATE = new RegExp(
  String.raw`${WORD}(?:[ \u00a0]${WORD}){0,3},?[ \u00a0]+$`,
  "u",
);
/**
 * An American address written in lower case up to its town ("4471 e mockingbird ln apt 212
 * dallas", "suite 400, 1 market st, san francisco"), tested on the text before the state code.
 */
export const US_STREET_AND_TOWN_BEFORE_STATE =
  /(?<![\p{L}\d])(?:(?:apt|suite|unit|ste|#)\.?[ \u00a0]?[0-9a-z]{1,5},?[ \u00a0]+)?\d{1,6}[a-z]?[ \u00a0]+(?:[nsew]\.?[ \u00a0]+)?(?:[a-z0-9]+\.?[ \u00a0]+){0,3}(?:st|street|ave|avenue|rd|road|ln|lane|blvd|boulevard|dr|drive|ct|court|way|pl|place|pkwy|hwy|ter|terrace|cir|circle|sq)\.?(?:[ \u00a0]+[nsew]{1,2})?(?:,?[ \u00a0]+(?:apt|suite|unit|ste|#)\.?[ \u00a0]?[0-9a-z]{1,5})?,?[ \u00a0]+(?:\p{L}+[ \u00a0]+){1,3},?$/iu;
export const CANADIAN_PROVINCES = new Set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "));
/** "Toronto ON  M5A 1B6", "Montréal (Québec) H2X 3K8": town and province before a Canadian postal code. */
export const CANADIAN_TOWN_BEFORE_POSTCODE = new RegExp(
  String.raw`${WORD}(?:[ \u00a0]${WORD}){0,2},?[ \u00a0]+(?:([A-Z]{2})|\((?:Québec|Quebec|Ontario|Alberta|Manitoba)\))[ \u00a0]+$`,
  "u",
);
export const CANADIAN_POSTCODE_AT = /[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d(?![\p{L}\d])/uy;
/** American military mail: "Unit 2050 Box 4190, APO AP 96278-4190", "PSC 1005 Box 38\nFPO AE 09593". */
export const MILITARY_ADDRESS =
  /(?<![\p{L}\d])(?:Unit|PSC|CMR)[ \u00a0]+\d{1,5},?[ \u00a0]+Box[ \u00a0]+\d{1,5}[ \u00a0]*(?:,[ \u00a0]*|\r?\n[ \u00a0>]*)(?:APO|FPO|DPO)[ \u00a0]+(?:AA|AE|AP)[ \u00a0]+\d{5}(?:-\d{4})?/gu;
/** A UK postcode or an Irish Eircode, tried a letter or two before each short digit run. */
export const UK_POSTCODE_AT = new RegExp(
  String.raw`(?:(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \u00a0]\d[A-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \u00a0][0-9AC-FHKNPRTV-Y]{4})(?![${L}0-9])`,
  "uy",
);
/**
 * One comma-separated part of a British or Irish address line, at the end of the text before the
 * next: "18 Harbour Street", "Flat 9", "2nd Floor", "Kingsley Court", "Dublin 3".
 */
/** Small words inside a Welsh, Irish, Scottish or Romance place name: "Tigh na Mara", "Heol y Bont". */
const PART_PARTICLE = "na|an|y|yr|ar|de|la|le|du|des|del|of|the|upon|on";
export const ADDRESS_PART_BEFORE = new RegExp(
  String.raw`(?:(?:Flat|Unit|Apt\.?|Apartment|Suite|Floor)[ \u00a0]\w{1,4}|(?:Plots?|Lots?)[ \u00a0]\d{1,4}(?:[-–]\d{1,4})?|\d{1,2}(?:st|nd|rd|th)[ \u00a0]Floor|\d{1,4}(?:[\/–-]\d{1,4})?[A-Za-z]?[ \u00a0]${WORD}(?:[ \u00a0](?:${WORD}|${PART_PARTICLE})){0,3}|${WORD}(?:[ \u00a0](?:${WORD}|${PART_PARTICLE})){0,3}(?:[ \u00a0]\d{1,2})?),[ \u00a0]*$`,
  "u",
);
/** One or two town words right before a UK postcode, or two joined by "upon" or "on" ("Newcastle upon Tyne"). */
export const TOWN_BEFORE_POSTCODE = new RegExp(
  String.raw`(?:(?:Co\.?|County)[ \u00a0])?${WORD}(?:[ \u00a0](?:upon|on)[ \u00a0]${WORD}|[ \u00a0]${WORD})?,?[ \u00a0]+$`,
  "u",
);

/**
 * A town: a word, perhaps after a prefix ("Bad", "Sankt") and before a particle's second part ("am
 * Main"), a district after "OT" ("Naumburg OT Bad Kösen"), a region in brackets, or a second word
 * that ends the line or clause ("Porta Westfalica").
 */
const TOWN = String.raw`(?:(?:Den|Le|La|Les|El|Los|Las|Bad|Neu|Alt|Groß|Klein|Sankt|St\.|San|Santa|Santo|São|Saint|Sainte|Sint|Hansestadt|Lutherstadt|Ost|West|Nord|Süd|Markt|Schloss|Schwäbisch|Bergisch|Fränkisch|Hessisch|Märkisch|Preußisch|Wendisch|Hann\.)[ \u00a0])?${WORD}(?:[ \u00a0](?:am|an der|im|in der|ob der|bei|vor der|auf der|auf|in|unter|sul|sulla|di|del|della|de|la|le|sur|en|sous|lès|aan|aan de|op|upon|on)[ \u00a0]${WORD}|(?:[ \u00a0]|[ \u00a0]?[/,–-][ \u00a0]?)(?:OT\.?|Ortsteil|Stadtteil)[ \u00a0](?:(?:Bad|Neu|Alt|Groß|Klein|Sankt|St\.)[ \u00a0])?${WORD}|[ \u00a0](?:dell|d)['’]${WORD}|[ \u00a0]?\((?:${WORD}\.?[ \u00a0]?){1,3}\)|[ \u00a0](?:[iI]\.[ \u00a0]?[dD]\.|[iI]\.|[aA]\.[ \u00a0]?[dD]\.|[aA]\.)[ \u00a0]?[${LU}][${L}.]*|[ \u00a0]${WORD}(?=[ \u00a0]*(?:$|[\r\n,;)])))?(?:[ \u00a0]\d{1,2}(?=[ \u00a0]*(?:$|[\r\n,;).])))?`;
/** "7630-512 São Teotónio", "4050-262 Porto": Portugal's postcode of four digits and three, then the town. */
export const PT_POSTCODE_TOWN_AT = new RegExp(String.raw`\d{4}-\d{3}[ \u00a0]+(${TOWN})`, "uy");
/** "185 36 Piraeus", "116 45 Stockholm", "110 00 Praha": a postcode of three and two digits apart. */
export const SPACED_POSTCODE_TOWN_AT = new RegExp(String.raw`\d{3}[ \u00a0]\d{2}[ \u00a0]+(${TOWN})`, "uy");
/** "10115 Berlin", "D-80331 München", "1010 Wien", "400012 Cluj-Napoca": tried at each run of 4 to 6 digits. */
export const POSTCODE_TOWN_AT = new RegExp(String.raw`(\d{4,6})[ \u00a0]+(${TOWN})`, "uy");
/** Capitalized words that follow a number in prose and are no town. */
export const NOT_TOWN =
  /^(?:Euro|EUR|Stück|Kunden|Mitarbeiter|Mitarbeitende|Artikel|Dollar|Punkte|Meilen|Bestellungen|Einheiten|Exemplare|Seiten|Zeichen|Tage|Jahre|Stunden|Minuten|Sekunden|Kilometer|Meter|Liter|Kilogramm|Gramm|Franken|Pfund|Mal|Euros|Zeilen|Dateien|Mails|Nachrichten|Anfragen|Tickets|Rechnungen|Verträge|Nutzer|Benutzer|Besucher|Personen|Leute|Menschen|Follower|Produkte|Pakete|Sendungen|Positionen|Fragen|Prozent|Cent|Rappen|Uhr|Users|Customers|Orders|Items|Pieces|Units|People|Points|Miles|Days|Years|Hours|Minutes|Pages|Records|Rows|Bytes|Emails|Messages|kWh|Watt)$/u;
export const KNOWN_SHORT_POSTCODE_TOWNS =
  /^(?:Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St\. Pölten|Dornbirn|Bregenz|Feldkirch|Steyr|Leoben|Krems|Baden|Zürich|Zurich|Genf|Genève|Geneva|Basel|Bern|Lausanne|Winterthur|Luzern|Lucerne|St\. Gallen|Lugano|Biel|Thun|Zug|Schaffhausen|Chur|Fribourg|Freiburg|Neuchâtel|Aarau|Solothurn|Olten|Baar|Uster|Vaduz)(?![${L}])/u;

/**
 * "Flat 3, ", "Apt 4B ", "3rd Floor, ", the unit of "3/118", or a Scottish flat position ("2/1, ",
 * Edinburgh's "3F2, ") before an English house number belongs to the address, and so does the
 * word of a unit that has no number of its own ("Unit 12 Canal Wharf").
 */
export const UNIT_BEFORE_NUMBER =
  /(?:(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit|[Ss]uite|Room|Shop)[ \u00a0]*[A-Za-z0-9/-]{1,5},?[ \u00a0]*|(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third|Top)[ \u00a0]Floor,[ \u00a0]*|(?:(?:Flat|Apartment|Apt\.?|Unit|Suite|Shop)[ \u00a0]*)?(?<![\d/])\d{1,4}[A-Za-z]?\/|(?:Lot|Erf|Stand|Plot)[ \u00a0]+|(?<![\w/])(?:\d{1,2}\/\d{1,2}|\d{1,2}F\d{1,2}),[ \u00a0]*|(?<![\d/–-])\d{1,4}[–-]|(?<![A-Za-z])(?:Unit|Flat|Apartment|Apt\.?|Suite|Shop)[ \u00a0]+)$/;
const HOUSE_WORDS =
  "Cottage|House|Farm|Barn|Lodge|Manor|Rectory|Vicarage|Grange|Hall|Farmhouse|Court|Mews|Mansions|Heights|Apartments";
/** A house's or a block's name: "Rose Cottage", "The Old Rectory", "Riverside Mews". */
export const HOUSE_NAME = String.raw`(?:The[ \u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?[ \u00a0](?:${HOUSE_WORDS})`;
/** Cheap test first: most mails hold none of these words. */
export const HOUSE_WORD = new RegExp(`(?:${HOUSE_WORDS}),`);
/** A British house name, then the street without a number: "Rose Cottage, Mill Lane, Ashford". */
export const HOUSE_NAME_ADDRESS = new RegExp(
  String.raw`(?:The[ \u00a0]+)?(?:${WORD}[ \u00a0]+){1,2}(?:${HOUSE_WORDS})(?=,)`,
  "gu",
);
/**
 * A flat in a named block with no house number, as a signature or a lease gives it: "Flat 6, Chandos
 * Court", "Flat 5, The Maltings", "apartment 4, Seaview Terrace".
 */
export const FLAT_IN_BLOCK = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ff]lat|[Aa]partment|[Aa]pt\.?)[ \u00a0]\d{1,4}[A-Za-z]?,[ \u00a0]+(?:The[ \u00a0]+(?:${WORD}[ \u00a0]+)?${WORD}|(?:${WORD}[ \u00a0]+){1,2}(?:${HOUSE_WORDS}|Terrace|Place|Square|Gardens))(?![\p{L}])`,
  "gu",
);
export const STREET_AFTER_HOUSE_NAME = new RegExp(
  String.raw`,[ \u00a0]*(?:${WORD}[ \u00a0]+){1,2}(?:Street|Road|Lane|Close|Avenue|Drive|Crescent|Grove|Terrace|Gardens|Mews|Way|Row|Green|Hill)(?:,[ \u00a0]*(?:${WORD}[ \u00a0]?){1,3}){0,2}`,
  "uy",
);
/**
 * ", Dublin 2" or ", London" right after an English street, before a clause, a dash or a table's
 * next column: its town.
 */
export const TOWN_AFTER_STREET = new RegExp(
  String.raw`,[ \u00a0]+${WORD}(?:[ \u00a0]${WORD})?(?:[ \u00a0]\d{1,2})?(?=[.,;:!?)\n]|$|[ \u00a0]\(|[ \u00a0][–—-][ \u00a0]|[ \u00a0](?:or|and|on|in|at|und|oder|am|im)[ \u00a0]|[ \u00a0]{3}|\t)`,
  "uy",
);
/** A post box, its number maybe after a Ghanaian area code ("P.O. Box CT 4521"): group 1, capitals only. */
export const POST_BOX =
  /(?:Postfach|Postlagernd|Postbox|Postbus|Case postale|Casella postale|Apartado(?: de Correos)?|Apdo\.|Postboks|Skrytka pocztowa|P\.?[ \u00a0]?O\.?[ \u00a0]?Box|PO Box|P\.M\.B\.|PMB|Private (?:Mail )?Bag)[ \u00a0]*(?:([A-Z]{1,3})[ \u00a0])?\d(?:[ \u00a0-]?\d){0,9}/gi;
export const CARE_OF = /c\/o[ \u00a0]+[^\n,;]{2,60}/gi;

/** One building, floor, flat or box part after a house number: ", Seitenflügel", ", 4. Etage", " bte 4". */
export const UNIT_AFTER_NUMBER = String.raw`(?:,|[ \u00a0]+[-–/]|[ \u00a0]+komma)?[ \u00a0]+(?:[Ss]eitenflügel|[Hh]interhaus|[Vv]orderhaus|[Gg]artenhaus|[Qq]uergebäude|[Aa]ufgang[ \u00a0][A-Z\d]|[Ss]tiege[ \u00a0]\d{1,2}|[Tt]ür[ \u00a0]\d{1,3}|[Tt]op[ \u00a0]\d{1,3}|(?:\d{1,2}\.?|(?:erster|zweiter|dritter|vierter|fünfter))[ \u00a0]?(?:OG|og|[Ss]tock|STOCK|[Ee]tage|ETAGE|[Oo]bergeschoss)(?:[ \u00a0](?:links|rechts|[Mm]itte|li\.?|re\.?))?|EG(?:[ \u00a0](?:links|rechts))?|DG|[Dd]achgeschoss|[Ee]rdgeschoss|(?:bte|boîte|bus)[ \u00a0]\d{1,4}|lgh[ \u00a0]\d{4}|app\.?[ \u00a0]\d{1,4}|(?:Flat|Apt\.?|[Ww]hg\.?|[Ww]ohnung|WE)[ \u00a0]\d{1,4}[A-Za-z]?|(?:\d{1,2}(?:st|nd|rd|th)|top|ground)[ \u00a0]floor(?:[ \u00a0](?:left|right))?)(?![\p{L}\d])`;

/** A street without a telltale suffix ("Wiehbachtal 17", "618 Brookside") is recognized by its place in an address. */
const STREET_SHAPE_DE = String.raw`(?:${WORD}\.?[ \u00a0]{1,2}){1,4}\d{1,4}(?:[ \u00a0]?[a-zA-Z](?![${L}]))?(?:[ \u00a0]?[-/][ \u00a0]?\d{1,4}[a-zA-Z]?)?`;
const STREET_SHAPE_EN = String.raw`\d{1,6}[A-Za-z]?[ \u00a0]+(?:(?:${WORD}|\d{1,3}(?:st|nd|rd|th))\.?[ \u00a0]+){0,4}${WORD}\.?${UNIT_PART}`;
/**
 * Where a street before its town may start: a line, a label's colon, a bar, a comma or a dash
 * ("Huber Josef – Thundorf 4, 83404 Ainring"), or after a word.
 */
const STREET_START = String.raw`(?:^|[\n:·|>(,–—]|(?<=[ \u00a0])-|[${LL}])[ \u00a0\t]*`;
export const STREET_BEFORE_TOWN = new RegExp(
  String.raw`${STREET_START}(${STREET_SHAPE_EN}|${STREET_SHAPE_DE}(?:${UNIT_AFTER_NUMBER}){0,2})[ \u00a0\t]*(?:[,·•|][ \u00a0\t]*|[–-][ \u00a0\t]+|\r?\n[ \u00a0\t>]*)$`,
  "u",
);
/**
 * "in Winkl 1 84577 Tüßling": a village's street and house number, then a German postcode after a
 * bare space, as people write an address in a sentence.
 */
export const STREET_BEFORE_POSTCODE_SPACED = new RegExp(
  String.raw`${STREET_START}(${STREET_SHAPE_DE})[ \u00a0]+$`,
  "u",
);
const ADDRESS_KEYWORDS = `wohnhaft(?: in)?|wohne (?:in der|im|am|in)|Wohnung in der|Mieter(?:in)? (?:in der|im)|Adresse(?: ist| lautet)?:?|Anschrift:?|Lieferadresse:?|Rechnungsadresse:?|Lieferanschrift:?|address(?: is)?:?|live at|lives at|living at|moved to|located at`;
/** A street after words that announce one ("wohnhaft", "Anschrift:", "moved to"), tried at those words only. */
export const STREET_AFTER_KEYWORD_AT = new RegExp(
  String.raw`(?:${ADDRESS_KEYWORDS})[ \u00a0\t]+(${STREET_SHAPE_EN}|${STREET_SHAPE_DE})(?![${L}0-9])`,
  "iy",
);
export const ADDRESS_KEYWORD_HEADS = keywordHeads(ADDRESS_KEYWORDS);

// Streets whose type word comes first: French, Italian, Spanish, Portuguese, Polish, Dutch and
// Turkish ("4 rue de la Paix", "Laan van Meerdervoort 52", "Calle Mayor 5, 3º izq.", "C/ de Cuba
// 42", "ul. Długa 14 m. 6", "Bağdat Cad. No: 45"), and Romanian ("Str. Mihai Eminescu nr. 14, bl.
// B2, ap. 6").
const STREET_TYPE_FIRST = String.raw`(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Loc\.|Località|Frazione|Fraz\.|Contrada|Calle|C\/|Avenida|Avda\.|Plaza|Paseo|Camino|Carretera|Ctra\.|Carrer|Camí|Passeig|Avinguda|Cesta|Bulevar|Rua|Rúa|Travessa|Praça|Caminho|Estrada|Alameda|Calçada|Beco|ul\.|al\.|pl\.|os\.|Ulica|Aleja|Leoforos|Odos|Plateia|Heol|Ffordd|Stryd|Lôn|Laan|Av\.|vul\.|Str\.|Bd\.|Bdul\.|Bulevardul|Calea|Aleea|Șoseaua|Şoseaua|Șos\.|Şos\.|Piața|Splaiul|Intrarea|Rehov|Rechov|Derech|Sderot|Fondamenta|Fondamente|Salizada|Campiello)`;
/** An Italian or French article fused with the next word: "Via dell'Artigianato", "Rue d'Alsace". */
const ELIDED = "(?:(?:dell|dall|nell|sull|all|d|l)['’])";
const NAME_WORDS = String.raw`(?:(?:de|del|de la|des|du|di|dei|della|delle|degli|dello|al|alla|sul|il|lo|in|do|da|dos|das|y|dr\.|van|der|den|ten|ter|kralja|kneza|bana|sv\.|${ELIDED}?[${LU}][${L}${M}'’.-]*)[ \u00a0]+){0,4}${ELIDED}?[${LU}][${L}${M}'’-]*`;
const FLAT_AFTER = String.raw`(?:,?[ \u00a0]+(?:m\.|lok\.|apto\.?|apt\.?|kv\.|esc\.|int\.|bl\.|sc\.|et\.|ap\.|\d{1,2}º|\d{1,2}°|\d{1,2}[rnt](?=[ \u00a0]\d{1,2}a(?![\p{L}])))[ \u00a0]*[0-9A-Za-z]{0,4}\.?(?:[ \u00a0]+(?:izq|dcha|dch|ctr)\.?)?){0,4}`;
/** Where a Romance or Polish street may start: the type word's token (most mails hold none). */
export const STREET_TYPE_HEADS = keywordHeads(
  "rue|avenue|boulevard|chemin|allée|impasse|quai|route|via|viale|piazza|piazzale|corso|largo|vicolo|strada|loc|località|frazione|fraz|contrada|calle|c|avenida|avda|plaza|paseo|camino|carretera|ctra|camí|passeig|avinguda|cesta|bulevar|carrer|rua|rúa|travessa|praça|caminho|estrada|alameda|calçada|beco|ul|al|pl|os|ulica|aleja|leoforos|odos|plateia|heol|ffordd|stryd|lôn|laan|av|vul|str|bd|bdul|bulevardul|calea|aleea|șoseaua|şoseaua|șos|şos|piața|splaiul|intrarea|rehov|rechov|derech|sderot|fondamenta|fondamente|salizada|campiello",
);
/** "Calle Mayor 5, 3º izq.", "Via Garibaldi 12", "ul. Długa 14 m. 6", "Carretera de Alcoy km 4"; tried at a type word. */
export const STREET_TYPE_FIRST_AT = new RegExp(
  String.raw`${STREET_TYPE_FIRST}[ \u00a0]+${NAME_WORDS},?[ \u00a0]+(?:n[º°o]\.?[ \u00a0]*|nr\.[ \u00a0]*|km\.?[ \u00a0]*)?\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4})?${FLAT_AFTER}`,
  "uy",
);
/** "4 rue de la Paix", "1200 Rue Sherbrooke O"; tried at the house number before a type word. */
export const NUMBER_BEFORE_STREET_TYPE_AT = new RegExp(
  String.raw`\d{1,5}[a-z]?,?[ \u00a0]+${STREET_TYPE_FIRST}[ \u00a0]+${NAME_WORDS}(?:[ \u00a0]+[NSOE]\.?)?`,
  "uy",
);
/** The house number that may open a street before its type word, read backwards from the word. */
export const HOUSE_NUMBER_BEFORE = /\d{1,5}[a-z]?,?[ \u00a0]+$/;
export const TURKISH_STREET_HEADS = keywordHeads("cad|cd|caddesi|sok|sokak|sk|bulvarı");
/**
 * "Bağdat Cad. No: 45 Daire 7", "Atatürk Mah. 1203 Sok. No:5", İzmir's numbered "1453 Sokak No:12";
 * run only when a Turkish type word occurs.
 */
export const TURKISH_STREET = new RegExp(
  String.raw`(?:(?:${WORD}\.?[ \u00a0]+){1,6}(?:\d{1,5}\.?[ \u00a0]+(?:${WORD}[ \u00a0]+){0,2})?|\d{1,5}\.?[ \u00a0]+)(?:Cad\.|Cd\.|Caddesi|Sok\.|Sokak|Sk\.|Bulvarı)[ \u00a0]*(?:No|Nr)[:.]?[ \u00a0]*\d{1,4}[a-zA-Z]?(?:\/\d{1,4})?(?:[ \u00a0]*(?:Daire|D|Kat|K)[:.]{0,2}[ \u00a0]*\d{1,3}){0,2}`,
  "gu",
);

/** An adjective or particle that opens a street name: "Wiedner Hauptstraße", "Van Baerlestraat". */
export const STREET_NAME_OPENER = new RegExp(
  String.raw`(?:[${LU}][${L}${M}]*er|Van|De|Le|La|Den|Ter|(?:Groß|Klein|Alt|Neu|Lang|Hoh|Ober|Unter|Breit|Schmal|Krumm|Hinter|Vorder|Inner|Äußer|Mittler)e[nrs]?)[ \u00a0]$`,
  "u",
);

import type { Tokens } from "../tokens.js";
import { BRANDS, SURNAMES } from "./lexicon.js";

// Given names and family names also name storms, saints, pets, places, products and brands. These
// checks look at the words around a name a rule is about to emit and say when it names no person.

/** Storms and weather systems: "Storm Bert", "Hurricane Milton", "Sturmtief Zeynep". */
const STORM_WORDS = new Set(
  "storm sturm sturmtief orkan orkantief hurricane typhoon cyclone taifun hurrikan zyklon".split(" "),
);
/** Saints name hospitals, schools, days and towns: "St Thomas' Hospital", "Kita St. Elisabeth". */
const SAINT_WORDS = new Set("st sankt saint san santa sainte ste são agios agia sveti".split(" "));
/**
 * Mountains, passes, lakes and huts in the Alps and Italy take saints' and people's names: "Monte
 * Rosa", "Piz Bernina", "Rifugio Pizzini". ("Val" is left out: it is a given name too.)
 */
const MOUNTAIN_WORDS = new Set("monte mont piz pizzo passo cima punta rifugio lago isola capo".split(" "));
/** Breeds and an anglers' greeting that read as a person's names: "a small Jack Russell", "Petri Heil". */
const PAIRS_OF_NO_ONE = new Set(["jack russell", "king charles", "gordon setter", "petri heil"]);
/** Ships carry names: "MSC Irina", "MV Eleanor". */
const VESSEL_WORDS = new Set("msc mv ms hms rms mssc yacht".split(" "));
/** Car makes before a model named like a person: "Seat Leon", "Renault Zoe", "Hyundai Kona". */
const CAR_MAKES = new Set(
  "seat cupra skoda škoda kia hyundai toyota renault peugeot citroën citroen fiat opel vw volkswagen audi bmw mercedes nissan mazda dacia suzuki honda volvo tesla".split(
    " ",
  ),
);
/** Animals a customer names: "unser Hund Bello", "our cat Whiskers". */
const PET_WORDS = new Set(
  "hund hündin katze kater welpe kätzchen pferd stute hamster kaninchen papagei wellensittich dog cat puppy kitten horse pony rabbit parrot budgie".split(
    " ",
  ),
);
/**
 * Places and institutions named after people: "Victoria Station", "Lincoln Center". Words that are
 * family names too (Lane, Church, Bridge, Tower, Arena) are left out: "Anna Lane" is a person.
 */
const PLACE_WORDS = new Set(
  "station center centre hospital airport square museum theatre theater cathedral college university school academy gymnasium schule grundschule realschule gesamtschule klinikum krankenhaus bahnhof stadium stadion institute institut library bibliothek kapelle street road avenue straße strasse allee hotel resort suites lodge hostel".split(
    " ",
  ),
);
const POSSESSIVE_THING =
  /^['’]s[ \u00a0](?:Creek|Day|Eve|Hospital|Church|College|Cathedral|Park|Inn|Bar|Pub|Kitchen|Garden|Gardens|Bay|Island|Point|Road|Lane|Street|Square|Wharf|Market|Cross|Green|Wood|Hill|Castle|Abbey|School|Academy)(?![\p{L}])/u;
/** Products and boats with a person's name: "Modell „Emma“", "the 'Gertrude Jekyll' roses", 'Boot „Mira“'. */
const PRODUCT_BEFORE =
  /(?:modell?|model|sorte|typ|type|kollektion|collection|serie|series|edition|rosen?|roses?|variety|sofa|sessel|design|linie|line|boot|boat|yacht|schiff|ship|vessel)[ \u00a0]*[„“"'‚‘»«]$/i;
/**
 * "Hotel Bella Vista", "JVA Werl", "Restaurant Hoa Sen", "Trattoria da Enzo", "Abtei Marienau": a
 * lodging's, a prison's, a restaurant's or a monastery's name; "Fahrzeug Mercedes Sprinter",
 * "vehicle: Mercedes Vito": a make after a word for a vehicle.
 */
const PLACE_OR_VEHICLE_BEFORE =
  /(?:hotel|resort|pension|gasthof|gasthaus|hostel|apartments?|villa|chalet|finca|jva|justizvollzugsanstalt|hmp|restaurant|ristorante|café|cafe|bistro|imbiss|fahrzeug|pkw|lkw|kfz|vehicle|car)[ \u00a0]*:?[ \u00a0]*$|(?:trattoria|osteria|pizzeria|taverna)[ \u00a0]+(?:da|dal|di|del|alla|al)[ \u00a0]+$|(?:abtei|kloster|abbey|priory|convent)[ \u00a0]+$|(?<![\p{L}])van[ \u00a0]*:?[ \u00a0]*$/iu;
/** "Van: Emre Yıldız <…>" is a Dutch mail's From line, not a vehicle. */
const DUTCH_FROM = /(?:^|\n)[ \t>]*Van:[ \t]*$/;
/** A name in quotes after a word for an animal: 'Rüde, Name "Bruno"', 'zwei Hunde (der zweite, "Luna"'. */
const ANIMAL_BEFORE =
  /(?:hund|hunde|hündin|rüde|welpe|katze|kater|pferd|dogs?|cats?|puppy|horse)(?![\p{L}])/iu;
const QUOTE_BEFORE = /["„“‚‘'»«][ \u00a0]*$/;
/**
 * A boat in quotes further on from its word or its builder: 'Eignerin der "Wilhelmine"',
 * 'Hallberg-Rassy 31 "Astrid"', or with its model after it: '"Marija" (Lagoon 40)'.
 */
const BOAT_BEFORE =
  /(?:boot|boote[sn]?|boat|yacht|segelyacht|segelboot|katamaran|catamaran|eigner(?:in)?|owner of|bavaria|beneteau|jeanneau|lagoon|hallberg-rassy|dehler|dufour|hanse|oceanis|folkeboot|gulet)(?![\p{L}])/iu;
const BOAT_AFTER =
  /^["“”'‘’»«][ \u00a0]*[(,][ \u00a0]*(?:Lagoon|Bavaria|Beneteau|Jeanneau|Hallberg-Rassy|Dehler|Dufour|Hanse|Elan|Oceanis|Folkeboot|Nautitech|Fountaine|Gulet|Sun Odyssey|X-Yachts)(?![\p{L}])/u;
/** Where boats berth, "Marina Kaštela" and "Lefkas Marina" are harbours. */
const HARBOUR_CONTEXT =
  /liegeplatz|berth|yacht|törn|charter|pontoon|skipper|segeln|sailing|mooring|boot |boat/i;
const HARBOUR_PLACE_AFTER = /^(?:di|del|de|da|do)$/;
/** "Out 28 Jan": a month's short name after a day. */
const MONTH_AFTER_DAY = /\d[.]?[ \u00a0]$/;
/** "between Nov and Jan", "Dec-Jan": a month's short name after another month's. */
const MONTH_AFTER_MONTH =
  /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \u00a0]*(?:[-–/]|and|or|to|bis|und|oder)[ \u00a0]*$/u;
const SHORT_MONTHS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mai".split(" "));
/** A role word right after a given name makes it a mailbox or department: "Dear Marina Office". */
const ROLE_AFTER = new Set(
  "office officer team support desk service services department abteilung büro administration admissions sekretariat".split(
    " ",
  ),
);
const DEGREE =
  /(?:B\.A\.|M\.A\.|B\.Sc\.|M\.Sc\.|LL\.[BM]\.|Ph\.D\.|M\.B\.A\.|B\.Eng\.|M\.Eng\.|B\.Ed\.|M\.Ed\.)$/;
const GENDER_ENDING = /^[*:_]in(?:nen)?(?![\p{L}])/u;
const SALUTATION_LOWERS = new Set("mr mrs ms miss herr frau".split(" "));

/**
 * A capital inside a word after small letters: "FileZilla", "WordPress", "PayPal" are products.
 * Names written so start with a prefix: "McDonald", "MacLeod", "DeAngelo", "LaToya", "DiCaprio".
 */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
const CAMEL_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/** A capital letter after the first: cheaper to rule out than the patterns above. */
function innerCapital(word: string): boolean {
  for (let k = 2; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if ((code >= 65 && code <= 90) || (code > 0xbf && word[k] !== word[k]!.toLowerCase())) return true;
  }
  return false;
}

/** True when the words [from, to) name a storm, saint, pet, place, product or brand, not a person. */
export function namesNoPerson(text: string, t: Tokens, from: number, to: number): boolean {
  const first = t.lowers[from]!;
  for (let i = from; i < to; i++) {
    const word = t.words[i]!;
    if (innerCapital(word) && CAMEL_CASE.test(word) && !CAMEL_NAME_PREFIX.test(word)) return true;
  }
  // "Username is kwame_b": a name glued to "_" is part of a user name.
  if (text[t.starts[from]! - 1] === "_" || text[t.ends[to - 1]!] === "_") return true;
  // "Liebe Kolleg*innen": a gendered plural; "B.A. Germanistik": a degree's letters glued together.
  if (GENDER_ENDING.test(text.slice(t.ends[to - 1]!, t.ends[to - 1]! + 6))) return true;
  if (DEGREE.test(text.slice(Math.max(0, t.starts[from]! - 6), t.ends[from]! + 1))) return true;
  // "Kontakt Bev.: 0561 …": a label's abbreviation (Bevollmächtigter), though "Bev" is a name too.
  const short = to - from === 1 && t.words[from]!.length >= 3 && t.words[from]!.length <= 4;
  if (short && text.startsWith(".:", t.ends[from]!)) return true;
  if (from > 0 && t.joined(from, true)) {
    const before = t.lowers[from - 1]!;
    if (STORM_WORDS.has(before) && t.isCapitalized(from - 1)) return true;
    if ((SAINT_WORDS.has(before) || MOUNTAIN_WORDS.has(before)) && t.isCapitalized(from - 1)) return true;
    // "Scoil Mhuire, Co. Kerry": an Irish county.
    if (before === "co" && t.words[from - 1] === "Co" && t.dots[from - 1]) return true;
    // "…close the gate after, the cat. Ellie": not across a sentence's full stop.
    if (PET_WORDS.has(before) && !t.dots[from - 1]) return true;
    if (CAR_MAKES.has(before) && (t.isCapitalized(from - 1) || t.isUpperCase(from - 1))) return true;
    if (VESSEL_WORDS.has(before) && t.words[from - 1] === t.words[from - 1]!.toUpperCase()) return true;
    // "our cat Mrs Pepper": a pet's name after a salutation; "Katze – Herr Tanaka" is a person.
    if (SALUTATION_LOWERS.has(before) && t.joined(from - 1) && PET_WORDS.has(t.lowers[from - 2]!))
      return true;
  }
  // "Dear Marina Office", "Dear Leasehold team".
  if (to < t.length && t.joined(to) && ROLE_AFTER.has(t.lowers[to]!)) return true;
  // "Dear Student Administration": the role word ends the words taken for a name.
  if (to - from > 1 && ROLE_AFTER.has(t.lowers[to - 1]!)) return true;
  // "Storm Bert" read as one name. (Weather systems called "Hoch"/"Tief" are left out: both are
  // family names too, as in "Nachbar Hoch Peter".)
  if (to - from === 2 && STORM_WORDS.has(first)) return true;
  // "Santa Caterina", "Monte Rosa", "Jack Russell" read as one name: a place, a breed, a greeting.
  if (to - from >= 2 && (SAINT_WORDS.has(first) || MOUNTAIN_WORDS.has(first))) return true;
  if (to - from === 2 && PAIRS_OF_NO_ONE.has(`${first} ${t.lowers[from + 1]}`)) return true;
  // "Victoria Station", "Lincoln Center", "Goethe-Gymnasium": the place word may be inside the name.
  const last = t.lowers[to - 1]!;
  if (PLACE_WORDS.has(last) && to - from > 1) return true;
  if (last.includes("-") && PLACE_WORDS.has(last.slice(last.lastIndexOf("-") + 1))) return true;
  if (to < t.length && t.joined(to) && t.isCapitalized(to) && PLACE_WORDS.has(t.lowers[to]!)) return true;
  const end = t.ends[to - 1]!;
  // "Jacob's Creek", "St Patrick's Day": a possessive before a place or day names a thing.
  if (POSSESSIVE_THING.test(text.slice(end, end + 14))) return true;
  const before = text.slice(Math.max(0, t.starts[from]! - 20), t.starts[from]!);
  if (PRODUCT_BEFORE.test(before) || (PLACE_OR_VEHICLE_BEFORE.test(before) && !DUTCH_FROM.test(before)))
    return true;
  if (QUOTE_BEFORE.test(before)) {
    const lineStart = text.lastIndexOf("\n", t.starts[from]!) + 1;
    const lineBefore = text.slice(Math.max(lineStart, t.starts[from]! - 80), t.starts[from]!);
    if (ANIMAL_BEFORE.test(lineBefore) || BOAT_BEFORE.test(lineBefore)) return true;
    if (BOAT_AFTER.test(text.slice(end, end + 24))) return true;
  }
  if (harbour(text, t, from, to)) return true;
  if (
    to - from === 1 &&
    SHORT_MONTHS.has(first) &&
    (MONTH_AFTER_DAY.test(before) || MONTH_AFTER_MONTH.test(before))
  )
    return true;
  return isBrand(t, from, to);
}

/**
 * "Marina di Portisco", "ACI Marina Pula", "Lefkas Marina", "in der marina", in a mail about boats;
 * "Marina Petrović" (a family name after it) and "Marina" alone, as a signature, stay a person.
 */
function harbour(text: string, t: Tokens, from: number, to: number): boolean {
  let at = from;
  while (at < to && t.lowers[at] !== "marina") at++;
  if (at === to || !HARBOUR_CONTEXT.test(text)) return false;
  if (!t.isCapitalized(at)) return true;
  const next = at + 1 < t.length && t.joined(at + 1) ? t.lowers[at + 1]! : undefined;
  if (
    next !== undefined &&
    (HARBOUR_PLACE_AFTER.test(next) || (t.isCapitalized(at + 1) && !SURNAMES.has(next)))
  )
    return true;
  return (
    at > 0 && t.joined(at) && (t.isCapitalized(at - 1) || /^(?:the|der|die|aci)$/.test(t.lowers[at - 1]!))
  );
}

/** "Jack Wolfskin", "Herman Miller Aeron": the name or its first two words are a brand. */
function isBrand(t: Tokens, from: number, to: number): boolean {
  // A one-word brand that is no one's name opens a product name: "Melitta Caffeo Solo".
  if (BRANDS.has(t.lowers[from]!)) return true;
  // "Alfa Romeo Giulia": the name starts with a brand's second word.
  if (from > 0 && t.joined(from) && BRANDS.has(`${t.lowers[from - 1]} ${t.lowers[from]}`)) return true;
  if (to - from < 2) return false;
  const two = `${t.lowers[from]} ${t.lowers[from + 1]}`;
  return BRANDS.has(two) || (to - from > 2 && BRANDS.has(`${two} ${t.lowers[from + 2]}`));
}

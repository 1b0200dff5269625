import type { Tokens } from "../tokens.js";
import { BRANDS } from "./lexicon.js";

// Given names and family names also name storms, saints, pets, places, products and brands. These
// checks look at the words around a name a rule is about to emit and say when it names no person.

/** Storms and weather systems: "Storm Bert", "Hurricane Milton", "Sturmtief Zeynep". */
const STORM_WORDS = new Set(
  "storm sturm sturmtief orkan orkantief hurricane typhoon cyclone taifun hurrikan zyklon".split(" "),
);
/** Saints name hospitals, schools, days and towns: "St Thomas' Hospital", "Kita St. Elisabeth". */
const SAINT_WORDS = new Set("st sankt saint san santa sainte ste agios agia sveti".split(" "));
/** Ships carry names: "MSC Irina", "MV Eleanor". */
const VESSEL_WORDS = new Set("msc mv ms hms rms mssc yacht".split(" "));
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
  "station center centre hospital airport square museum theatre theater cathedral college university gymnasium schule grundschule realschule gesamtschule klinikum krankenhaus bahnhof stadium stadion institute institut library bibliothek kapelle street road avenue straße strasse allee hotel resort suites lodge hostel".split(
    " ",
  ),
);
const POSSESSIVE_THING =
  /^['’]s[ \u00a0](?:Creek|Day|Eve|Hospital|Church|College|Cathedral|Park|Inn|Bar|Pub|Kitchen|Garden|Gardens|Bay|Island|Point|Road|Lane|Street|Square|Wharf|Market|Cross|Green|Wood|Hill|Castle|Abbey|School|Academy)(?![\p{L}])/u;
/** Products and boats with a person's name: "Modell „Emma“", "the 'Gertrude Jekyll' roses", 'Boot „Mira“'. */
const PRODUCT_BEFORE =
  /(?:modell?|model|sorte|typ|type|kollektion|collection|serie|series|edition|rosen?|roses?|variety|sofa|sessel|design|linie|line|boot|boat|yacht|schiff|ship|vessel)[ \u00a0]*[„“"'‚‘»«]$/i;
/** "Hotel Bella Vista", "Hotel: Marina Bay Tower", "JVA Werl": a lodging's or a prison's name. */
const LODGING_BEFORE =
  /(?:hotel|resort|pension|gasthof|gasthaus|hostel|apartments?|jva|justizvollzugsanstalt|hmp)[ \u00a0]*:?[ \u00a0]*$/i;
/** "Out 28 Jan": a month's short name after a day. */
const MONTH_AFTER_DAY = /\d[.]?[ \u00a0]$/;
const SHORT_MONTHS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mai".split(" "));
/** A role word right after a given name makes it a mailbox or department: "Dear Marina Office". */
const ROLE_AFTER = new Set("office team support desk service services department abteilung büro".split(" "));
const SALUTATION_LOWERS = new Set("mr mrs ms miss herr frau".split(" "));

/** True when the words [from, to) name a storm, saint, pet, place, product or brand, not a person. */
export function namesNoPerson(text: string, t: Tokens, from: number, to: number): boolean {
  const first = t.lowers[from]!;
  if (from > 0 && t.joined(from, true)) {
    const before = t.lowers[from - 1]!;
    if (STORM_WORDS.has(before) && t.isCapitalized(from - 1)) return true;
    if (SAINT_WORDS.has(before) && t.isCapitalized(from - 1)) return true;
    if (PET_WORDS.has(before)) return true;
    if (VESSEL_WORDS.has(before) && t.words[from - 1] === t.words[from - 1]!.toUpperCase()) return true;
    // "our cat Mrs Pepper": a pet's name after a salutation; "Katze – Herr Tanaka" is a person.
    if (SALUTATION_LOWERS.has(before) && t.joined(from - 1) && PET_WORDS.has(t.lowers[from - 2]!))
      return true;
  }
  if (to < t.length && t.joined(to) && t.isCapitalized(to) && ROLE_AFTER.has(t.lowers[to]!)) return true;
  // "Storm Bert" read as one name. (Weather systems called "Hoch"/"Tief" are left out: both are
  // family names too, as in "Nachbar Hoch Peter".)
  if (to - from === 2 && STORM_WORDS.has(first)) return true;
  // "Victoria Station", "Lincoln Center", "Goethe-Gymnasium": the place word may be inside the name.
  const last = t.lowers[to - 1]!;
  if (PLACE_WORDS.has(last) && to - from > 1) return true;
  if (last.includes("-") && PLACE_WORDS.has(last.slice(last.lastIndexOf("-") + 1))) return true;
  if (to < t.length && t.joined(to) && t.isCapitalized(to) && PLACE_WORDS.has(t.lowers[to]!)) return true;
  const end = t.ends[to - 1]!;
  // "Jacob's Creek", "St Patrick's Day": a possessive before a place or day names a thing.
  if (POSSESSIVE_THING.test(text.slice(end, end + 14))) return true;
  const before = text.slice(Math.max(0, t.starts[from]! - 20), t.starts[from]!);
  if (PRODUCT_BEFORE.test(before) || LODGING_BEFORE.test(before)) return true;
  if (to - from === 1 && SHORT_MONTHS.has(first) && MONTH_AFTER_DAY.test(before)) return true;
  return isBrand(t, from, to);
}

/** "Jack Wolfskin", "Herman Miller Aeron": the name or its first two words are a brand. */
function isBrand(t: Tokens, from: number, to: number): boolean {
  // A one-word brand that is no one's name opens a product name: "Melitta Caffeo Solo".
  if (BRANDS.has(t.lowers[from]!)) return true;
  if (to - from < 2) return false;
  const two = `${t.lowers[from]} ${t.lowers[from + 1]}`;
  return BRANDS.has(two) || (to - from > 2 && BRANDS.has(`${two} ${t.lowers[from + 2]}`));
}

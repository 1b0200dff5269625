import { EntityType } from "../entity-types.js";
import { matchSpan, Score, type Span } from "../spans.js";

// A private aircraft's registration names its owner as a car's plate does: "D-EKVR", "PH-VLD",
// "OY-AKJ", a German glider's "D-6742". Read only in a mail about flying, where "D-2644" is no
// article and "F-GHIJ" no form.

/** Nationality marks of Europe's and a few other registers, and the letters or glider digits after them. */
const REGISTRATION =
  /(?<![\p{L}\d-])(?:D-(?:[A-Z]{4}|\d{4})|(?:OE|HB)-(?:[A-Z]{3}|\d{4})|(?:PH|OO|OY|SE|LN|OH|EI|SP|OK|OM|HA|LX|ES|YL|LY|EC|CS|I|F|G)-[A-Z]{3,4}|S5-[A-Z]{3}|9A-[A-Z]{3})(?![\p{L}\d-])/gu;
const FLYING =
  /flug|flieg|segel|glider|gliding|aircraft|airfield|aerodrome|cessna|piper|hangar|hallenmiete|landegeb|landung|gelandet|landing|pilot|luftfahrzeug|ultraleicht|\bUL\b|schlepp|winde\b|winch|discus|tow plane/i;

/**
 * A pilot's licence or medical under EASA rules: "DEU.FCL.SPL.0021783", "DE.MED.LAPL.2025.048817";
 * a licence's aircraft category in brackets ("PL.FCL.CPL(H).4471"), a medical's class as its digit
 * ("UK.MED.2.0437719"), an office's digits before a dash ("DE.MED.2.337-41069").
 */
const PILOT_DOCUMENT =
  /(?<![\p{L}\d.])[A-Z]{2,3}\.(?:FCL|MED)\.(?:[A-Z]{2,5}(?:\([A-Z]{1,2}\))?|[1-3])(?:\.\d{2,8}){1,2}(?:-\d{3,8})?(?![\p{L}\d])/gu;

/**
 * A drone pilot's papers under EASA rules: the operator's registration ("DEUq8v2tx4kmr71a", the
 * country's three letters and twelve or thirteen of small letters and digits) and the remote
 * pilot's certificate ("DEU-RP-5c0e93b7a41f"). Each names one operator or pilot.
 */
const EASA_COUNTRY =
  "AUT|BEL|BGR|HRV|CYP|CZE|DNK|EST|FIN|FRA|DEU|GRC|HUN|IRL|ITA|LVA|LTU|LUX|MLT|NLD|POL|PRT|ROU|SVK|SVN|ESP|SWE|CHE|NOR|ISL|LIE";
const DRONE_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${EASA_COUNTRY})-RP-[a-z0-9]{12}|(?:${EASA_COUNTRY})(?=[a-z0-9]{12,13}(?![\p{L}\d]))(?=[a-z]*\d[a-z]*\d)(?=\d*[a-z]\d*[a-z])[a-z0-9]{12,13})(?![\p{L}\d])`,
  "gu",
);

export function detectAircraftRegistrations(text: string, out: Span[]): void {
  for (const match of text.matchAll(DRONE_DOCUMENT))
    out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.format));
  if (text.includes("FCL.") || text.includes("MED."))
    for (const match of text.matchAll(PILOT_DOCUMENT))
      out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.format));
  if (!text.includes("-") || !FLYING.test(text)) return;
  for (const match of text.matchAll(REGISTRATION))
    out.push(matchSpan(EntityType.ENTITY_TYPE_LICENSE_PLATE, match, Score.context));
}

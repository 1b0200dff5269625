import { foldUmlauts } from "@poststelle/language";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { GIVEN, NOT_NAMES, SURNAMES } from "./lexicon.js";
import { nameSpan } from "./name-finder.js";
import { namesFound } from "./rules-usernames.js";
import { markless } from "./word-flags.js";

// Photos and scans named after whom and where they show, as installers and surveyors ask for
// them: "Typenschild_Yilmaz_Gartenstr5.jpg", "Heizlast_Wisniewski_Hainbuchenweg9.pdf",
// "IMG_Nameplate_Okafor_12HazelRd.jpg". Glued to "_", the name rules read them as no one's.

const FILE_NAME =
  /(?<![\p{L}\d_.-])[\p{L}\d][\p{L}\d_.-]*_[\p{L}\d_.-]*\.(?:jpe?g|png|heic|gif|tiff?|pdf|docx?|xlsx?|odt|ods|txt|zip|mp4|mov)(?![\p{L}\d])/giu;
/** "Gartenstr5", "Hainbuchenweg9a": a German street run into its house number. */
const GERMAN_STREET_PART =
  /^\p{Lu}\p{Ll}+(?:str|strasse|straße|weg|allee|platz|gasse|ring|damm|ufer|pfad|steig)\d{1,4}[a-z]?$/u;
/** "12HazelRd", "23ElmParkRd": a British house number and street written together. */
const ENGLISH_STREET_PART =
  /^\d{1,4}[A-Z]?(?:\p{Lu}\p{Ll}+){1,3}(?:Rd|Road|St|Street|Ave|Avenue|Lane|Ln|Close|Way|Dr|Drive|Gardens|Grove|Crescent|Terrace|Court|Place)$/u;
/** A town after the street: "Gartenstr5_Kassel", "Eichendorffstr3_Tuebingen". */
const TOWN_PART = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** "C_Okafor": an initial before the family name. */
const INITIAL_PART = /^\p{Lu}$/u;

/** The people's names and the streets in file names. */
export function byFileNames(text: string, hints: ReadonlySet<string>, out: Span[]): void {
  if (!text.includes("_")) return;
  let named: Set<string> | undefined;
  // A family name the lists, the mail's headers or its other names know.
  const familyName = (part: string) => {
    const lower = part.toLowerCase();
    if (NOT_NAMES.has(lower)) return false;
    named ??= namesFound(text, out);
    return [lower, foldUmlauts(lower), markless(lower)].some(
      (word) => SURNAMES.has(word) || hints.has(word) || named!.has(word),
    );
  };
  for (const file of text.matchAll(FILE_NAME)) {
    const stem = file[0].slice(0, file[0].lastIndexOf("."));
    const parts = [...stem.matchAll(/[^_]+/g)];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]![0];
      const start = file.index + parts[i]!.index;
      if (GERMAN_STREET_PART.test(part) || ENGLISH_STREET_PART.test(part)) {
        const town = parts[i + 1]?.[0] ?? "";
        const last = TOWN_PART.test(town) && !familyName(town) && !GIVEN.has(town.toLowerCase()) ? i + 1 : i;
        out.push(addressSpan(start, file.index + parts[last]!.index + parts[last]![0].length));
        i = last;
        continue;
      }
      if (!/^\p{Lu}/u.test(part) || !familyName(part)) continue;
      const initial = i > 0 && INITIAL_PART.test(parts[i - 1]![0]);
      out.push(nameSpan(initial ? start - 2 : start, start + part.length));
    }
  }
}

function addressSpan(start: number, end: number): Span {
  return { type: EntityType.ENTITY_TYPE_STREET_ADDRESS, start, end, score: Score.context };
}

/**
 * Turns mail text into features for the embedded classifier: folded word stems, word bigrams
 * and character n-grams. Character n-grams carry German compounds ("Rücksendeschein" shares
 * "rueck"/"send" with "Rücksendung") and typos; bigrams carry phrases ("not working").
 */

import { foldUmlauts } from "@poststelle/language";

const PLACEHOLDER = /\[\[\s*([A-Za-z_]+?)_\d+\s*\]\]/g;

// Words that say nothing about a department, German and English.
const STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir " +
    "mein meine meinen meinem meiner sein seine ihre ihren ihrem unser unsere euer eure ist sind war waren bin " +
    "bist hat habe haben hatte hatten wird werden wurde wurden kann koennen koennte koennten moechte moechten " +
    "wuerde wuerden soll sollte muss muessen darf mit von zu zum zur fuer auf an in im am um aus bei nach vor " +
    "ueber unter bis durch als wie so auch noch schon nur sehr mal doch ja " +
    "dass da dann wenn ob was wer wo wann warum welche welcher welches diese dieser dieses hier dort jetzt " +
    "bitte danke hallo guten tag gruss gruesse viele freundlichen herzliche liebe sehr geehrte damen herren lg mfg " +
    "hi hello dear team regards kind best thanks thank cheers sir madam morning " +
    "the a an and or but i you he she it we they me my mine your our us is are was were be been am " +
    "has have had will would can could should shall may might must do does did to of in on at for from with " +
    "by about as into than then so if yes this that these those there here what which who when where " +
    "why how please just also very all any some its im ive dont cant"
  ).split(" "),
);

// Longest first, so "ungen" wins over "en".
const SUFFIXES = [
  "ungen",
  "ingen",
  "ation",
  "ungs",
  "heit",
  "keit",
  "lich",
  "isch",
  "ung",
  "ing",
  "ern",
  "est",
  "ies",
  "ed",
  "es",
  "en",
  "er",
  "em",
  "et",
  "ly",
  "e",
  "s",
  "n",
];
const MIN_STEM = 4;

/**
 * What routing reads of a mail: the subject, then the body. Classification, training on labeled
 * mails and the evaluation all read this one text, so what is learned is what is classified.
 */
export function routingText(mail: { subject: string; body: string }): string {
  return `${mail.subject}\n${mail.body}`;
}

/** Lower case, umlauts and accents folded (ä→ae, ß→ss), placeholders turned into type tokens. */
export function normalizeText(text: string): string {
  const lowerCase = text
    .replace(PLACEHOLDER, (_, type: string) => ` ph${type.toLowerCase().replace(/_/g, "")} `)
    .normalize("NFKC")
    .toLowerCase();
  return foldUmlauts(lowerCase).normalize("NFD").replace(/\p{M}/gu, "");
}

export function words(text: string): string[] {
  return normalizeText(text).match(/[a-z0-9]+/g) ?? [];
}

/** A light suffix stripper for German and English; good enough to join word forms, not linguistics. */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || word.startsWith("ph")) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM)
      return word.slice(0, -suffix.length);
  }
  return word;
}

export interface FeatureWeights {
  unigram: number;
  bigram: number;
  charGram: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { unigram: 1, bigram: 0.6, charGram: 0.3 };
const CHAR_GRAM_SIZES = [4, 5];

/** Weighted feature counts of one text. */
export function extractFeatures(
  text: string,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): Map<string, number> {
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  const content = words(text).filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word));
  const stems = content.map(stem);
  for (const s of stems) add(`w:${s}`, weights.unigram);
  for (let i = 1; i < stems.length; i++) add(`b:${stems[i - 1]}_${stems[i]}`, weights.bigram);
  for (const word of content) {
    if (word.startsWith("ph")) continue;
    const padded = `_${word}_`;
    for (const size of CHAR_GRAM_SIZES) {
      for (let i = 0; i + size <= padded.length; i++) add(`c:${padded.slice(i, i + size)}`, weights.charGram);
    }
  }
  return features;
}

export type LanguageHint = "de" | "en" | "";

// Frequent function words that are not words of the other language ("die", "in", "an" are left out, as is "was").
const GERMAN = new Set(
  (
    "und der das ist nicht ich sie wir mit für ein eine einen einem zu den dem von auf bitte ihre ihr " +
    "ihnen haben habe hat sehr geehrte geehrter danke es auch wie noch aber oder wenn dass ob bei " +
    "nach aus wurde werden kann können möchte mein meine meiner uns über schon war sind gibt freundlichen grüße " +
    "mir mich dann bis im zum"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "the and is not you with for to of we on please your have has be this that thanks thank are it " +
    "would could can my our me were there what when which from dear regards best kind any just " +
    "been do does did i'm i"
  ).split(" "),
);

/**
 * German or English by counting function words; empty when there are too few to tell or the
 * counts are close (a mixed mail is better routed on the text than on a wrong guess).
 */
export function detectLanguage(text: string, minHits = 3): LanguageHint {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  }
  if (de + en < minHits) return "";
  if (de >= 2 * en) return "de";
  if (en >= 2 * de) return "en";
  return "";
}

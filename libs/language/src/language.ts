/** The languages Poststelle drafts in. */
export type Language = "de" | "en";

// Frequent function words of one language that are not words of the other, with umlauts folded
// ("für" is "fuer"). Left out: "die", "in", "an", "was", which both languages have.
const GERMAN = new Set(
  (
    "und der das ist nicht ich sie wir mit fuer ein eine einen einem zu den dem von auf bitte ihre ihr " +
    "ihnen haben habe hat sehr geehrte geehrter danke es auch wie noch aber oder wenn dass ob bei " +
    "nach aus wurde werden kann koennen moechte mein meine meiner uns ueber schon war sind gibt " +
    "freundlichen gruesse mir mich dann bis im zum leider wann"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "the and is not you with for to of we on please your have has be this that thanks thank are it " +
    "would could can my our me were there what when which from dear regards best kind any just " +
    "been do does did i but at"
  ).split(" "),
);
/** An umlaut or ß is worth this many German words: English text has none. */
const UMLAUT_WEIGHT = 2;

/** German umlauts and ß spelled out (ä→ae, ß→ss), as people write them without the keys; lower case in and out. */
export function foldUmlauts(lowerCase: string): string {
  return lowerCase.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}

function fold(text: string): string {
  return foldUmlauts(text.toLowerCase());
}

/** Evidence for each language: function words counted, umlauts weighted. */
function evidence(text: string): { de: number; en: number } {
  let de = /[äöüß]/i.test(text) ? UMLAUT_WEIGHT : 0;
  let en = 0;
  for (const word of fold(text).match(/[a-z]+/g) ?? []) {
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  }
  return { de, en };
}

/**
 * German or English when the text says so clearly; empty when there is too little to tell or
 * the evidence is close. For hints and checks, where a wrong guess does more harm than none.
 */
export function detectLanguage(text: string, minEvidence = 3): Language | "" {
  const { de, en } = evidence(text);
  if (de + en < minEvidence) return "";
  if (de >= 2 * en) return "de";
  if (en >= 2 * de) return "en";
  return "";
}

/** Always an answer: the language with more evidence, `fallback` on a tie or none at all. */
export function likelyLanguage(text: string, fallback: Language = "de"): Language {
  const { de, en } = evidence(text);
  if (de === en) return fallback;
  return de > en ? "de" : "en";
}

import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { MONTHS_TH } from "./date-patterns.js";

// A German or English mail whose writer comes from Kyiv, Thessaloniki, Baghdad, Tehran, Tel Aviv,
// Shanghai, Osaka, Seoul or Bangkok carries names and addresses in the writer's own script:
// "Olena Kovalenko (Олена Коваленко)", "محمد الأحمد" under the signature, "佐藤 健太", an address
// in Hangul. The name rules read capitals and a Latin lexicon, so none of it would be masked.
// Here a short run of words in another script is a name, or an address when it holds a number;
// a run of more words is a sentence in that language and stays. Scripts with capitals (Cyrillic,
// Greek) need them on every word of a name, as Latin does. Greetings and closings are no names.
// The name's Latin twin in brackets beside it is the name rules' (rules-twins.ts).

/** Letters of the scripts read here; Latin is the other rules'. */
const OTHER_LETTER =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Armenian}\p{Script=Georgian}]/u;
const CASED = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A word; a colon ends one, so "发件人：王建国" is a label and a name. */
const WORD = /[^\s:：]+[:：]?|[:：]/g;
const SEPARATOR_LINE = /^[ \t>]*-{3,}.*-{3,}[ \t]*$/;
/** A label before its value: "Дата:", "主题：", "الموضوع:"; never part of a name. */
const LABEL = /[:：]$/;
/** Labels whose value is a date or a subject, not a person: the rest of the line stays. */
const NOT_NAME_LABEL =
  /^(?:дата|тема|относно|ημερομηνία|θέμα|التاريخ|الموضوع|تاریخ|موضوع|תאריך|נושא|日期|主题|主題|時間|件名|日付|날짜|제목|วันที่|เรื่อง)[:：]$/iu;
/** Han, Kana and Hangul names are short: "王丽", "佐藤 健太", "김민준"; a longer word is a phrase. */
const LONG_CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{5,}/u;
/** "您的订单" (your order), "我的包裹" (my parcel): a possessive opens a phrase, not a name. */
const CJK_POSSESSIVE = /^(?:您|你|我|我们|他|她|他们|贵)的/u;
/** A Thai name's word is one; a sentence runs on without spaces. */
const LONG_THAI_WORD = /\p{Script=Thai}{16,}/u;
/** A date in those scripts: "2024年3月2日", "2024년 5월 6일", a Thai month, a year on its own. */
const DATE_PART = new RegExp(
  String.raw`\d{1,4}[年月日년월일]|(?:^|\s)(?:19|20|25)\d{2}(?:\s|$|[,،])|${MONTHS_TH}`,
  "u",
);
/**
 * Small words of Arabic, Persian and Hebrew that only sentences hold: "חבל, אבל לא נורא" and
 * "رقم هاتفي الجديد" are no one's names.
 */
const FUNCTION_WORDS = new Set(
  `في من إلى الى على عن مع هذا هذه أنا انا لك لم لا ما الذي التي كان هو هي نحن و أو لكن قد
  از به در با که را این آن است بود من تو او ما شما یک برای هم نه
  של את על אבל לא גם זה זאת עם אני הוא היא אנחנו כי אם או מה יש אין כל רק עוד`.split(/\s+/),
);
/** Longest run taken as a name or an address; more words make a sentence. */
const MAX_WORDS = 5;
const MAX_ADDRESS_WORDS = 8;
/** An address that names its parts ("تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، …") runs longer. */
const MAX_NAMED_ADDRESS_WORDS = 16;
/** Edges of a word that belong to the prose around it. */
const OPENING = /^[(„“"'«‹[]+/;
const CLOSING = /[)“”"'»›\],.;:!?،؛。、！？]+$/;
const DIGIT = /[\p{Nd}]/u;
/**
 * Words that make a run an address even without a number: streets, districts, towns. In Han and
 * Hangul the word ends a longer one ("마포구", "朝阳区"): "김동현" is a name with 동 inside.
 */
const ADDRESS_WORD =
  /(?:вул\.|ул\.|просп|пров\.|бул\.|м\.|г\.|обл|район|οδός|οδ\.|λεωφ|شارع|خیابان|کوچه|پلاک|کد پستی|حي|زقاق|محلة|بناء|طبقه|רחוב|ถนน|ซอย|แขวง|เขต)|[\p{Script=Han}\p{Script=Hangul}](?:市|区|區|路|街|号|號|丁目|番地|町|県|道|로|길|동|구|시)(?=$|[\s\d,，、(（])/u;

/**
 * Greetings, thanks and closings in those scripts, in lower case and without marks at the end: a
 * writer's "Спасибо" or "شكرا جزيلا" is no one's name.
 */
const PHRASES = new Set(
  [
    "спасибо",
    "спасибо большое",
    "большое спасибо",
    "здравствуйте",
    "привет",
    "добрый день",
    "с уважением",
    "всего доброго",
    "дякую",
    "щиро дякую",
    "вітаю",
    "добрий день",
    "з повагою",
    "до побачення",
    "благодаря",
    "здравейте",
    "поздрави",
    "с уважение",
    "хвала",
    "поздрав",
    "срдачан поздрав",
    "ευχαριστώ",
    "ευχαριστώ πολύ",
    "γεια σας",
    "καλημέρα",
    "με εκτίμηση",
    "φιλικά",
    "شكرا",
    "شكرا جزيلا",
    "مرحبا",
    "السلام عليكم",
    "مع تحياتي",
    "مع خالص التحيات",
    "تحياتي",
    "سلام",
    "ممنون",
    "متشکرم",
    "با احترام",
    "با تشکر",
    "خداحافظ",
    "שלום",
    "תודה",
    "תודה רבה",
    "בברכה",
    "谢谢",
    "谢谢您",
    "您好",
    "你好",
    "此致",
    "敬礼",
    "ありがとうございます",
    "ありがとう",
    "こんにちは",
    "よろしくお願いします",
    "よろしくお願いいたします",
    "敬具",
    "감사합니다",
    "안녕하세요",
    "고맙습니다",
    "ขอบคุณ",
    "ขอบคุณครับ",
    "ขอบคุณค่ะ",
    "สวัสดี",
    "สวัสดีครับ",
    "สวัสดีค่ะ",
    "धन्यवाद",
    "नमस्ते",
    "تشکر",
    "مننه",
    "тел",
    "мама",
    "папа",
    "μαμά",
    "μπαμπά",
    "φιλιά",
    "爸爸",
    "妈妈",
    "媽媽",
    "엄마",
    "아빠",
  ].map((phrase) => phrase.normalize("NFC")),
);

/** The phrases of one word: the name rules must not read a capitalized "Благодаря" as a name either. */
export const OTHER_SCRIPT_PHRASE_WORDS: ReadonlySet<string> = new Set(
  [...PHRASES].filter((phrase) => !phrase.includes(" ")),
);

interface Word {
  start: number;
  end: number;
  text: string;
}

/** What the runs are: names, and addresses that the address rules merge with their other lines. */
export interface OtherScriptSpans {
  names: Span[];
  addresses: Span[];
}

export function otherScriptSpans(text: string): OtherScriptSpans {
  const found: OtherScriptSpans = { names: [], addresses: [] };
  if (!OTHER_LETTER.test(text)) return found;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    // "---------- Пересланное сообщение ----------": a forward's separator names no one.
    if (OTHER_LETTER.test(line) && !SEPARATOR_LINE.test(line)) {
      const words = [...line.matchAll(WORD)].map((match) => ({
        start: lineStart + match.index,
        end: lineStart + match.index + match[0].length,
        text: match[0],
      }));
      runsOnLine(text, words, found);
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/** The runs of other-script words among one line's words. */
function runsOnLine(text: string, words: readonly Word[], out: OtherScriptSpans): void {
  let i = 0;
  while (i < words.length) {
    if (!isOther(words[i]!.text)) {
      i++;
      continue;
    }
    // "Дата: 03.05.2024", "Тема: Карта": what follows such a label is no person.
    if (NOT_NAME_LABEL.test(words[i]!.text)) return;
    if (LABEL.test(words[i]!.text)) {
      i++;
      continue;
    }
    // House numbers, flats and postcodes stand among an address's words; a label ends the run.
    let j = i + 1;
    while (
      j < words.length &&
      !LABEL.test(words[j - 1]!.text) &&
      (isOther(words[j]!.text) || numberPart(words[j]!.text))
    )
      j++;
    // A run that ends in a label ("رقم هاتفي الجديد:") names what follows, not a person.
    if (LABEL.test(words[j - 1]!.text)) {
      i = j;
      continue;
    }
    // A postcode or house number may open it: "620014, г. Екатеринбург", "(48058) 대한민국".
    let from = i;
    while (from > 0 && numberPart(words[from - 1]!.text)) from--;
    takeRun(text, words.slice(from, j), out);
    i = j;
  }
}

function isOther(word: string): boolean {
  return OTHER_LETTER.test(word) && !LATIN_LETTER.test(word);
}

/** "204", "99/12", "3-4-5", "(03925)", "630102,", "۱۲،": a number of an address; "0176" and "+380…" open phones. */
const ADDRESS_NUMBER = /^[([]?\p{Nd}{1,6}(?:[/-]\p{Nd}{1,5}){0,3}[)\],.،]*$/u;
const BRACKETED_NUMBER = /^\(\p{Nd}+\)/u;
const PHONE_GROUP = /^0\p{Nd}{2,3}[,.]?$/u;

function numberPart(word: string): boolean {
  return ADDRESS_NUMBER.test(word) && !PHONE_GROUP.test(word);
}

function takeRun(text: string, run: readonly Word[], out: OtherScriptSpans): void {
  const span = inner(text, run);
  if (span === undefined || DATE_PART.test(span.value)) return;
  // "10:18，景德镇瓷韵陶瓷 <service@…> 写道": a time's minutes glued to the words after it.
  const minutes = /^\d{2}[，,][ \t]*/u.exec(span.value);
  if (minutes !== null && /\d[:：]$/.test(text.slice(span.at.start - 2, span.at.start))) {
    span.at.start += minutes[0].length;
    span.value = span.value.slice(minutes[0].length);
  }
  if (DIGIT.test(span.value) || ADDRESS_WORD.test(span.value)) {
    if (run.length <= (ADDRESS_WORD.test(span.value) ? MAX_NAMED_ADDRESS_WORDS : MAX_ADDRESS_WORDS))
      out.addresses.push({ type: EntityType.ENTITY_TYPE_STREET_ADDRESS, ...span.at, score: Score.context });
    return;
  }
  if (isPhrase(span.value)) return;
  if (CASED.test(span.value) && !run.every((word) => capitalized(word.text))) {
    namesInSentence(text, run, out);
    return;
  }
  if (run.length <= MAX_WORDS && nameShaped(span.value, run)) pushName(span.at, out);
}

/** The run's text without the quotes and punctuation around it. */
function inner(
  text: string,
  run: readonly Word[],
): { at: { start: number; end: number }; value: string } | undefined {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // "(03172) 대한민국": a postcode in brackets keeps them.
  const opening = BRACKETED_NUMBER.test(first.text) ? 0 : (OPENING.exec(first.text)?.[0].length ?? 0);
  const start = first.start + opening;
  const end = last.end - (CLOSING.exec(last.text)?.[0].length ?? 0);
  return end <= start ? undefined : { at: { start, end }, value: text.slice(start, end) };
}

function isPhrase(value: string): boolean {
  return PHRASES.has(
    value
      .toLowerCase()
      .normalize("NFC")
      .replace(/[\s,.!]+$/u, ""),
  );
}

/**
 * A sentence in Cyrillic or Greek capitalizes names only, besides its first word and the polite
 * "you": "Поцілуй Максима і Софійку", "Пиши на г-н Ланге". A first word alone before a comma
 * is a name called ("Олечка, телефон пишет …").
 */
function namesInSentence(text: string, run: readonly Word[], out: OtherScriptSpans): void {
  for (let k = 0; k < run.length; ) {
    const opens = k === 0 ? sentenceStartsAt(text, run[0]!.start) : SENTENCE_END.test(run[k - 1]!.text);
    const called = opens && k === 0 && run.length > 1 && run[0]!.text.endsWith(",");
    if (!nameWord(run[k]!.text) || (opens && !called)) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m < run.length && nameWord(run[m]!.text) && !/[,;:.!?]$/.test(run[m - 1]!.text)) m++;
    const span = inner(text, run.slice(k, m));
    if (span !== undefined && !isPhrase(span.value)) pushName(span.at, out);
    k = m;
  }
}

const SENTENCE_END = /[.!?…:]["»“”]*$/;
/** "Вы", "Вам", "Ви": the polite you, capitalized in letters; no name. */
const POLITE = new Set("вы вас вам ваш ваша ваше ваши вами ви вие".split(" "));

function nameWord(word: string): boolean {
  const bare = word.replace(OPENING, "").replace(CLOSING, "");
  return bare.length > 1 && capitalized(bare) && !POLITE.has(bare.toLowerCase());
}

function sentenceStartsAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, text.lastIndexOf("\n", at - 1) + 1), at);
  return /^[\s>(„“"«-]*$/.test(before) || /[.!?…:][\s"»“”]*$/.test(before);
}

function pushName(at: { start: number; end: number }, out: OtherScriptSpans): void {
  out.names.push({ type: EntityType.ENTITY_TYPE_PERSON, ...at, score: Score.context });
}

/** Words a name may be: capitalized in Cyrillic and Greek, short in CJK, no sentence's small words. */
function nameShaped(value: string, run: readonly Word[]): boolean {
  if (CASED.test(value) && !run.every((word) => capitalized(word.text))) return false;
  if (LONG_CJK_WORD.test(value) || LONG_THAI_WORD.test(value) || CJK_POSSESSIVE.test(value)) return false;
  return !run.some((word) => FUNCTION_WORDS.has(word.text.replace(CLOSING, "")));
}

/** Its first letter is a capital: "Олена", "ΠΑΠΑΔΟΠΟΥΛΟΣ". */
function capitalized(word: string): boolean {
  const letter = word.replace(OPENING, "").match(/\p{L}/u)?.[0];
  return letter !== undefined && letter !== letter.toLowerCase();
}

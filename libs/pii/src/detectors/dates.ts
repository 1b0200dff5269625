import { endOfLine, isLetterCode, L, lineStartWithin, wordBefore } from "../chars.js";
import { Score, type Span } from "../spans.js";
import { datesInColumn, datesInLaterItems, datesUnderBirthsHeading } from "./birth-columns.js";
import {
  birthDate,
  DATE_LENGTH,
  DAY,
  dateKey,
  datesIn,
  firstDateIn,
  MONTHS_DE,
  MONTHS_EN,
  NUMERIC_DATE,
  TIME_AFTER_DATE,
  WRITTEN_DATE,
  YEAR_IN_DATE,
} from "./date-patterns.js";

/** Words that announce a birth date (before it) or confirm one (right after it). */
const BIRTH_BEFORE = new RegExp(
  String.raw`(?:geboren|zur welt|gave birth|auf die welt(?=[ \u00a0]+gekommen)|licht der welt(?=[ \u00a0]+erblickt)|geb\.|geb(?![${L}])|birth(?=[ \u00a0]*:?[ \u00a0]*\d)|geburtsdatum|geburtstag|geburtsdaten|tag der geburt|født|dates? of birth|birth ?dates?|born|b\.(?=[ \u00a0]?(?:\d{1,2}[ \u00a0./]|(?:${MONTHS_EN})\.?[ \u00a0]\d))|birthday|d\.?o\.?b\.?|\*|doğum tarihi|dogum tarihi|data urodzenia|ur\.|urodzon[ay]|date de naissance|né(?:e)? le|fecha de nacimiento|data di nascita|nat[oa] il|nat[oa] a (?:[${L}'’-]+[ \u00a0]){1,3}il|geboortedatum|出生日期|出生年月日|生年月日|생년월일|дата рождения|дата народження|дата на раждане|року народження|датум(?: и место)? рођења|datum(?: i mjesto)? rođenja|datum narození|data na[sș]terii|n[ăa]scut[ăa]?(?=[ \u00a0]+(?:la|[îi]n|pe)[ \u00a0]+\d)|nascid[oa] em|nasceu(?= em| a| no| na| [0-9])|data de nascimento|nacid[oa](?:\/a)? el|γεννηθε[ίι]ς|γεννηθε[ίι]σα|gimimo data|ngày(?:, tháng, năm)? sinh|sinh ngày|születési (?:idő|dátum)|დაბადების თარიღი|date and place of birth|place and date of birth|ημερομηνία γέννησης|تاريخ الميلاد|تاریخ تولد|תאריך לידה|วันเกิด)`,
  "giu",
);
// One word may stand between: "am 27.02.2025 gesund zur Welt gekommen" ("auf die Welt" too), "on 3
// May safely born".
// Or a place, maybe after that word: "am 23. Januar 2025 im Klinikum Limburg geboren", "am 23.
// Oktober 1931 ebenfalls in Bautzen geboren", "am 8. Dezember 1933 in Łódź geboren", "am
// 11.11.1941 in einem Dorf bei Kozani geboren".
// Two words when the verb comes first: "am 17. Mai 1945 wurde sie in Stettin geboren", "… hat sie
// in Stettin das Licht der Welt erblickt".
const BIRTH_AFTER =
  /^[ \u00a0,]*(?:(?!nicht|not)[a-zäöüß]{3,12}[ \u00a0]+(?:(?:er|sie|ich|es)[ \u00a0]+)?)?(?:(?:im|in(?: der| the)?|at(?: the)?)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){1,5})?(?:\(?geboren|\(?geb\.|born(?![\p{L}])|\(?birthday|geburtstag|zur welt|auf die welt|(?:das[ \u00a0]+)?licht der welt|року народження)/iu;
/** How far after the keyword the date may start; label lines put a colon and a few words between. */
const WINDOW_AFTER = 45;
const WINDOW_BEFORE = 60;
// "Ömer Bulut (02.05.1967)", "Hr. Yilmaz, 07.07.1950", "Mr Leonard Mills (22 July 1934)": a full
// date alone in brackets or after a comma, right after a name-like word, as in lists of
// travellers, patients or children.
// "TRAN/MINH KHOA MR – 15.08.1978 – VN passport …": or between dashes. "Noor Hendriks
// 09-03-2011   pass …": or in a column, after a tab or two spaces.
const DATE_AFTER_NAME_MARK = new RegExp(
  String.raw`(?:\((${NUMERIC_DATE}|${WRITTEN_DATE})|(?:,[ \u00a0]?|[–—-][ \u00a0]|[ \u00a0]{2}|\t)(${NUMERIC_DATE}))(?!\d)`,
  "g",
);
/** A line that opens with a name of two words or more: "  Noor Hendriks", "- Fenna de Vries". */
const NAME_LINE =
  /^[ \u00a0\t>*•-]*\p{Lu}[\p{L}'’-]+(?:[ \u00a0](?:de|da|di|van|von|der|den|el|al|le|la|\p{Lu}[\p{L}'’-]+)){1,4}$/u;
const FIRST_NAME_LINE = /^[ \u00a0\t>*•-]*\p{Lu}\p{Ll}[\p{L}'’-]+$/u;
/** After a dash, only a range is no date alone: "A – 01.10.1999 – 30.09.2004". */
const RANGE_AFTER = /^[ \u00a0]*(?:[-–]|bis|to|until)[ \u00a0]*\d/;
const CAPITAL = /\p{Lu}/u;
const CODE_WORD_AT_END = /(?:^|[^\p{L}'’-])(?!MRS?$|MS$|DR$)\p{Lu}{2,3}$/u;
/** A span of time or a bracket with more in it: "01.10.1999 – 30.09.2004", "(12.03.2001, 14 Uhr)". */
const NOT_ALONE_AFTER = /^(?:[ \u00a0]*(?:[-–]|bis|to|until)(?![\p{L}])|\.\d)/u;
/**
 * The date of a child or a family member: younger than the age below which a date after a name is
 * rarely a birth date. German words may end a compound ("Pflegekind"; "Kind regards" is none);
 * English ones stand alone ("reasons" is none), as do the airlines' MSTR, CHD and INF.
 */
const CHILD_BEFORE =
  /(?:kind(?![ \u00a0]+(?:regards|wishes))|kinder|sohn|söhne|tochter|töchter|enkel\p{L}*|familie\p{L}*|(?<![\p{L}])(?:baby|child|children|kids?|sons?|daughters?|grand(?:son|daughter|child)\p{L}*|family|mstr|chd|inf|girls?|boys?|mädchen|jungen|jugend\p{L}*|junior\p{L}*|jahrgang\p{L}*|u ?1?\d|squad))(?![\p{L}\d])/iu;
const MIN_AGE_YEARS = 14;

/** The last year someone was born in who is old enough to write about themselves. */
function adultsBornBy(): number {
  return new Date().getFullYear() - MIN_AGE_YEARS;
}

/** A list's heading naming children or birth dates: "Children:", "Fehlende Geburtsdaten:". */
const BIRTH_HEADING = /geburtsdat|geburtstag|dates? of birth|birth ?dates?|birthdays?/i;
/** How far above a list line its heading is looked for. */
const HEADING_WINDOW = 250;

/**
 * Whether a recent date after a name at `at` belongs to a child: a child word on its line, or, for
 * a date before this year, a child word or a birth-date heading in the lines above.
 */
function youngPersonContext(text: string, at: number, beforeThisYear: boolean): boolean {
  const lineStart = lineStartWithin(text, at, 80);
  if (CHILD_BEFORE.test(text.slice(lineStart, at))) return true;
  // "Issued: Hanoi, 10/01/2022" below "Date of birth": the line says what its date is.
  if (!beforeThisYear || OTHER_DATE_GAP.test(text.slice(lineStart, at))) return false;
  const above = text.slice(Math.max(0, lineStart - HEADING_WINDOW), lineStart);
  return CHILD_BEFORE.test(above) || BIRTH_HEADING.test(above);
}

/** True when a capitalized word of two letters or more ends right at `end` ("Yilmaz" before ", 07.07.1950"). */
function capitalizedWordEndsAt(text: string, end: number): boolean {
  let start = end;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (!isLetterCode(code) && code !== 39 && code !== 0x2019 && code !== 45) break;
  }
  return end - start >= 2 && CAPITAL.test(text[start]!);
}

const AGE_BEFORE_BRACKET = /[ \u00a0]\d{1,2}[ \u00a0]?(?:J\.|Jahre|yrs?\.?|years?)[ \u00a0]$/;

/** "Mrs Margarethe Doyle (1 October 1928 – 22 April 2023)": the rest of a life's span, closing its bracket. */
const DEATH_DATE_CLOSING = new RegExp(
  String.raw`^[ \u00a0]*[–—-][ \u00a0]*(?:${NUMERIC_DATE}|${WRITTEN_DATE})\)`,
);

/** "Máire Ní Bhriain (2 Nov 1921, Ennistymon)": the place of the birth, closing its bracket. */
const PLACE_CLOSING = /^,[ \u00a0]*\p{Lu}[\p{L}'’ -]{1,30}\)/u;

/**
 * A birth date's bracket closes right after it, after the place of the birth, or after the date
 * of a death at least a lifetime's minimum later.
 */
function bracketCloses(text: string, end: number, birth: string): boolean {
  if (text[end] === ")" || PLACE_CLOSING.test(text.slice(end, end + 34))) return true;
  const death = DEATH_DATE_CLOSING.exec(text.slice(end, end + 32));
  if (death === null) return false;
  const year = (date: string) => Number(YEAR_IN_DATE.exec(date)![0]);
  return year(death[0]) - year(birth) >= MIN_LIFE_YEARS;
}

function datesAfterNames(text: string, out: Span[]): void {
  let latestYear = 0;
  // Where the line of the last birth date ends: the next line continues the list.
  let youngLineEnd = -2;
  for (const match of text.matchAll(DATE_AFTER_NAME_MARK)) {
    const date = match[1] ?? match[2]!;
    const bracket = match[0][0] === "(";
    // A dash or a column's spaces: the name ends before the spaces.
    const dash = match[0][0] !== "(" && match[0][0] !== ",";
    const end = match.index + match[0].length;
    // "Ömer Bulut (02.05.1967)" has a space before the bracket; "Hr. Yilmaz, 07.07.1950" none before
    // the comma; "KHOA MR   – 15.08.1978" spaces before the dash.
    let nameEnd = bracket ? match.index - 1 : match.index;
    // "Deniz 10 J. (07.04.2014)": a child's age between the name and the bracket.
    const age = bracket ? AGE_BEFORE_BRACKET.exec(text.slice(Math.max(0, nameEnd - 16), nameEnd + 1)) : null;
    if (age !== null) nameEnd -= age[0].length - 1;
    if (dash) {
      while (nameEnd > 0 && /[ \u00a0\t]/.test(text[nameEnd - 1]!)) nameEnd--;
      const column = /[ \u00a0\t]/.test(match[0][0]!);
      if (nameEnd === match.index && !column) continue;
      // In a column, the line holds a whole name before it, not a label ("Datum   10.01.2024"), or
      // a first name alone below a heading of children ("Unsere Kinder:\nElif     08.03.2014").
      const lineStart = lineStartWithin(text, nameEnd, 60);
      const before = text.slice(lineStart, nameEnd);
      if (
        column &&
        !NAME_LINE.test(before) &&
        !(
          FIRST_NAME_LINE.test(before) &&
          CHILD_BEFORE.test(text.slice(Math.max(0, lineStart - 120), lineStart))
        )
      )
        continue;
    }
    if (bracket && (!bracketCloses(text, end, date) || !/[ \u00a0]/.test(text[nameEnd] ?? ""))) continue;
    if (!capitalizedWordEndsAt(text, nameEnd)) continue;
    // "USA,2025-06-19" in a rooming list: a country's or an airport's code is nobody's name.
    if (match[0][0] === "," && CODE_WORD_AT_END.test(text.slice(Math.max(0, nameEnd - 4), nameEnd))) continue;
    if (!bracket && (dash ? RANGE_AFTER : NOT_ALONE_AFTER).test(text.slice(end, end + 8))) continue;
    latestYear ||= adultsBornBy();
    const year = Number(YEAR_IN_DATE.exec(date)![0]);
    const beforeThisYear = year < latestYear + MIN_AGE_YEARS;
    if (year > latestYear) {
      const listed = lineStartWithin(text, match.index, 80) === youngLineEnd + 1;
      if (!listed && !youngPersonContext(text, match.index, beforeThisYear)) continue;
    }
    // The next line continues the list, whatever year this one gave.
    youngLineEnd = endOfLine(text, end);
    out.push(birthDate(end - date.length, end, Score.context));
  }
}

export function detectBirthDates(text: string, out: Span[]): void {
  const before = out.length;
  if (
    text.includes("(") ||
    text.includes(",") ||
    text.includes("– ") ||
    text.includes("- ") ||
    text.includes("— ")
  )
    datesAfterNames(text, out);
  datesAfterKeywords(text, out);
  datesUnderBirthsHeading(text, out);
  if (text.includes(";") || text.includes("/") || text.includes(" . ")) datesInNameRows(text, out);
  // A life's span needs a star or a cross on its line, a word of death in the mail or a name on
  // the line above.
  if (YEAR_THEN_DASH.test(text)) lifeSpans(text, out, DEATH_WORDS.test(text));
  if (out.length > before) {
    const births = out.slice(before);
    sameDatesElsewhere(text, out, births);
    restatedInBrackets(text, out, births);
  }
}

/**
 * "Nowicki Paweł ;13.04.1988; EK4471236 ;PL61 …", "mazurek rafal / 18.9.92 / pass …", "Stoyanov
 * Nikola . 28.07.1995 . EGN …": a list typed a person per line, the fields apart by one mark, the
 * name first and a date second. Only a date an adult's birth can have: a row of an invoice or a
 * log has this year's.
 */
const NAME_ROW =
  /^[ \t>]*\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){1,3}[ \t]*([;/|]|[ \t]\.(?=[ \t]))[ \t]*(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))[ \t]*\1/gmu;

function datesInNameRows(text: string, out: Span[]): void {
  const latestYear = adultsBornBy();
  for (const match of text.matchAll(NAME_ROW)) {
    const date = match[2]!;
    const year = Number(date.slice(date.lastIndexOf(".") + 1));
    const fullYear = year >= 100 ? year : year + (year > latestYear % 100 ? 1900 : 2000);
    if (fullYear > latestYear) continue;
    const start = match.index + match[0].lastIndexOf(date);
    out.push(birthDate(start, start + date.length, Score.context));
  }
}

/**
 * "14.08.1983 – 02.01.2025", "* 3. März 1941 † 9. Mai 2025", "October 2, 1948 – March 11, 2025": a
 * life on a line of its own, as a death notice or a gravestone gives it, its birth first. Decades
 * apart, ending in the past, and a star, a cross or a word of death in the mail tell it from a
 * job's or a contract's period.
 */
const LIFE_SPAN_LINE =
  /^[^\n\d]{0,16}\d[^\n]{0,30}(?:18|19|20)\d{2}[ \u00a0]*[–—†-][^\n]{0,30}(?:19|20)\d{2}[ \t]*$/gm;
/** What may stand on the line beside the two dates. */
const LIFE_SPAN_MARKS = /^[ \t>*†–—-]*$/;
/** Before them, a label too: "Darunter: 01.07.1941 – 19.11.2024", a tattoo's or a stone's text. */
const LIFE_SPAN_OPENING = /^[ \t>*†–—-]*(?:\p{L}{2,16}:[ \t]*)?$/u;
const MIN_LIFE_YEARS = 15;
const YEAR_THEN_DASH = /(?:18|19|20)\d{2}[ \u00a0]*[–—†-]/;
const DEATH_WORDS =
  /verstorben|gestorben|verstarb|starb|trauer|beerdigung|bestattung|beisetzung|nachruf|grabstein|grabmal|grabstelle|inschrift|friedhof|in memoriam|died|passed away|death|funeral|burial|obituary|headstone|gravestone|tombstone|inscription|cemetery|beloved/i;

function lifeSpans(text: string, out: Span[], mourning: boolean): void {
  for (const line of text.matchAll(LIFE_SPAN_LINE)) {
    if (!mourning && !/[*†]/.test(line[0]) && !nameLineBefore(text, line.index)) continue;
    const dates = [...datesIn(line[0])];
    if (dates.length !== 2) continue;
    const [birth, death] = dates as [RegExpExecArray, RegExpExecArray];
    if (
      !LIFE_SPAN_OPENING.test(line[0].slice(0, birth.index)) ||
      !LIFE_SPAN_MARKS.test(line[0].slice(birth.index + birth[0].length, death.index)) ||
      !LIFE_SPAN_MARKS.test(line[0].slice(death.index + death[0].length))
    )
      continue;
    const born = Number(YEAR_IN_DATE.exec(birth[0])![0]);
    const died = Number(YEAR_IN_DATE.exec(death[0])![0]);
    if (died - born < MIN_LIFE_YEARS || died > new Date().getFullYear()) continue;
    const start = line.index + birth.index;
    out.push(birthDate(start, start + birth[0].length, Score.context));
  }
}

/** "Elif Aydın" on the line above a life's span: a stone's or a card's text, no death word needed. */
function nameLineBefore(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const previous = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  return NAME_LINE.test(previous.trimEnd());
}

/** "(= 07.07.1988)", "(d. h. 20.08.1995)": what may open a bracket that gives a date again. */
const RESTATED =
  /^[ \u00a0]*\([ \u00a0]*(?:(?:=|i\.[ \u00a0]?e\.|d\.[ \u00a0]?h\.|also|that is|das ist)[ \u00a0,:]*)?/i;

/**
 * "03/11/1996 (Hijri 22/06/1417)", "(in persian calendar 1377/04/31)": the same birth date in the
 * calendar of the writer's country, named in the bracket after it; its year is no Gregorian one.
 */
const OTHER_CALENDAR =
  /^[ \u00a0]*\([^()\n\d]{0,30}?(?:hijri|hidschri|persian|persisch|shamsi|jalali|ethiopian|äthiopisch|buddhist|islamic|islamisch)[^()\n\d]{0,20}?(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})([ \u00a0]*\))/i;

/**
 * "born 12 January 2014 / 11 Shvat 5774", "23.08.1979 in Leningrad (30 Aw 5739)": the same day in
 * the Jewish calendar, its month transliterated into German or English, its year from 5600 to 5799.
 */
const HEBREW_DATE =
  /^(?:[ \u00a0]+in[ \u00a0]+\p{Lu}[\p{L}-]+)?[ \u00a0]*(?:\([ \u00a0]*(?:=[ \u00a0]*)?|\/[ \u00a0]*)(\d{1,2}\.?[ \u00a0](?:Tis(?:c)?hri|Tishrei|Che(?:s)?chwan|Cheshvan|Heshvan|Marcheshvan|Kislew|Kislev|Tewet|Tevet|Sch(?:e)?wat|Shevat|Shvat|Adar(?:[ \u00a0](?:II|I|Alef|Bet|Beth))?|Nisan|Ijar|Iyar|Iyyar|Siwan|Sivan|Tammus|Tammuz|Tamuz|Aw|Av|Elul)[ \u00a0]5[67]\d\d)(?![\p{L}\d])/u;

/**
 * "1995年8月20日 (20.08.1995)", "7 กรกฎาคม 2531 (= 07.07.1988)": a birth date in another calendar or
 * script, given again in brackets right after it, which a matching day cannot show.
 */
function restatedInBrackets(text: string, out: Span[], births: readonly Span[]): void {
  for (const birth of births) {
    const hebrew = HEBREW_DATE.exec(text.slice(birth.end, birth.end + 40));
    if (hebrew !== null) {
      const from = birth.end + hebrew[0].length - hebrew[1]!.length;
      out.push(birthDate(from, from + hebrew[1]!.length, Score.keyword));
      continue;
    }
    const calendar = OTHER_CALENDAR.exec(text.slice(birth.end, birth.end + 80));
    if (calendar !== null) {
      const from = birth.end + calendar[0].length - calendar[1]!.length - calendar[2]!.length;
      out.push(birthDate(from, from + calendar[1]!.length, Score.keyword));
      continue;
    }
    const opening = RESTATED.exec(text.slice(birth.end, birth.end + 20));
    if (opening === null) continue;
    const from = birth.end + opening[0].length;
    const date = firstDateIn(text.slice(from, from + DATE_LENGTH + 1));
    if (date !== null && date.index === 0 && text[from + date[0].length] === ")")
      out.push(birthDate(from, from + date[0].length, Score.keyword));
  }
}

function datesAfterKeywords(text: string, out: Span[]): void {
  BIRTH_BEFORE.lastIndex = 0;
  let listedUntil = -1;
  for (const keyword of text.matchAll(BIRTH_BEFORE)) {
    if (keyword[0] !== "*" && wordBefore(text, keyword.index)) continue;
    const keywordEnd = keyword.index + keyword[0].length;
    if (keyword[0] === "*" && !/^[ \u00a0]?\d/.test(text.slice(keywordEnd, keywordEnd + 2))) continue;
    datesInColumn(text, keyword.index, keywordEnd, out);
    if (keywordEnd > listedUntil) listedUntil = datesInLaterItems(text, keyword.index, out);
    // "am 12.03.1985 geboren", "kam am 3. März 2023 zur Welt": a date right before the verb (and
    // maybe another after it).
    // "hat am 21.05.1964 Geburtstag": a birthday's date is the birth's when its year is long past.
    const birthday = /^(?:geburtstag|birthday)$/i.test(keyword[0]);
    if (
      birthday ||
      /^(?:geboren|born|zur welt|auf die welt|licht der welt|року народження)$/i.test(keyword[0])
    ) {
      const before = lastDate(text, Math.max(0, keyword.index - WINDOW_BEFORE), keyword.index);
      if (
        before !== undefined &&
        BIRTH_AFTER.test(text.slice(before[1], keywordEnd)) &&
        (!birthday || Number(YEAR_IN_DATE.exec(text.slice(before[0], before[1]))?.[0]) <= adultsBornBy())
      ) {
        out.push(birthDate(before[0], before[1], Score.keyword));
      }
    }
    // "zur Welt", "das Licht der Welt" and Ukrainian "року народження" only ever follow their date.
    if (/^(?:(?:zur|auf die|licht der) welt|року народження)$/i.test(keyword[0])) continue;
    const after =
      firstDate(text, keywordEnd, keywordEnd + WINDOW_AFTER) ??
      dateAfterClause(text, keywordEnd) ??
      dayAndMonthAfter(text, keyword[0], keywordEnd);
    if (after !== undefined) {
      for (
        let date: [number, number] | undefined = after;
        date !== undefined;
        date = nextInList(text, date[1])
      ) {
        out.push(birthDate(date[0], date[1], Score.keyword));
        // "Als Geburtsdatum steht dort 13.07.1985. Richtig ist 31.07.1985.": the correction too.
        const correction = CORRECTION_AFTER.exec(text.slice(date[1], date[1] + CORRECTION_WINDOW));
        const corrected =
          correction === null
            ? undefined
            : firstDate(text, date[1] + correction[0].length, date[1] + correction[0].length + 4);
        if (corrected !== undefined) out.push(birthDate(corrected[0], corrected[1], Score.keyword));
      }
    }
  }
}

/**
 * "born 2nd June at 04:17", "geboren am 3. Juni um 6 Uhr": a baby's birth day told without its
 * year, right after the verb.
 */
const DAY_AND_MONTH = new RegExp(
  String.raw`^[ \u00a0]+(?:(?:on|am|the)[ \u00a0]+)?(${DAY}(?:(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?:${MONTHS_EN})|\.[ \u00a0]*(?:${MONTHS_DE})))(?![\p{L}.]|[ \u00a0,]*\d)`,
  "iu",
);

function dayAndMonthAfter(text: string, keyword: string, from: number): [number, number] | undefined {
  if (!/^(?:born|geboren)$/i.test(keyword)) return undefined;
  const match = DAY_AND_MONTH.exec(text.slice(from, from + 40));
  if (match === null) return undefined;
  const start = from + match[0].length - match[1]!.length;
  return [start, start + match[1]!.length];
}

/**
 * What a writer says before the right date after a wrong one, or before the wrong one after the
 * right one ("it is 04.11.1987 not 11.04.1987").
 */
const CORRECTION_AFTER =
  /^[^\n\d]{0,30}?(?:(?:richtig|korrekt|correct|right)[^\n\d]{0,16}?(?:ist|wäre|is|be|read|:)|should (?:be|read))[ \u00a0:]*|^,?[ \u00a0]+(?:and |und )?(?:not|nicht|statt|instead of)[ \u00a0]+/i;
const CORRECTION_WINDOW = 70;

/** "My date of birth, which you asked for (§ 81a AufenthG), is 5 January 1993": a clause, then "is". */
const CLAUSE_THEN_IS =
  /^[^\n.!?]{0,90}?[ \u00a0,)](?:is|ist|lautet|was|war)[ \u00a0]+(?:(?:the|der|am|on)[ \u00a0]+)?$/i;
const CLAUSE_WINDOW = 110;

function dateAfterClause(text: string, from: number): [number, number] | undefined {
  const window = text.slice(from, from + CLAUSE_WINDOW + DATE_LENGTH);
  const match = firstDateIn(window);
  if (match === null || match.index > CLAUSE_WINDOW || !CLAUSE_THEN_IS.test(window.slice(0, match.index)))
    return undefined;
  return [from + match.index, from + match.index + match[0].length];
}

/**
 * "Date of birth: 08/04/1994 (i.e. 8 April 1994)": the same day written again is the birth date
 * too. Dates are looked for only around the birth years, not in the whole text.
 */
function sameDatesElsewhere(text: string, out: Span[], births: readonly Span[]): void {
  const keys = new Set<string>();
  for (const span of births) {
    const key = dateKey(text.slice(span.start, span.end));
    if (key !== undefined) keys.add(key);
  }
  const seen = new Set<number>();
  for (const year of new Set([...keys].map((key) => key.slice(0, 4)))) {
    for (let at = text.indexOf(year); at !== -1; at = text.indexOf(year, at + 4)) {
      const from = Math.max(0, at - DATE_LENGTH);
      for (const match of datesIn(text.slice(from, at + DATE_LENGTH))) {
        const start = from + match.index;
        const end = start + match[0].length;
        if (seen.has(start) || births.some((span) => span.start < end && span.end > start)) continue;
        seen.add(start);
        if (keys.has(dateKey(match[0]) ?? "")) out.push(birthDate(start, end, Score.keyword));
      }
    }
  }
}

/**
 * "Dates of birth: 12/05/1962 and 30/01/1959", "geb. am 11.12.1979, ich am 24.06.1982", "born on
 * 3 March 2015 and my daughter Leilani on August 19, 2019", "…, das von meinem Mann der 17.03.1976",
 * "04/08/1988 (me) and 19/01/1990 (Ananya)".
 */
const LIST_GAP =
  /^[ \u00a0]*(?:\([^()\n]{1,24}\)[ \u00a0]*)?(?:,|;|\/|&|and|und|sowie|bzw\.|resp\.|or|oder)[ \u00a0]*(?:[\p{L}'’]+[ \u00a0]+){0,5}$/u;

/**
 * Words between two dates that make the second the date of something else: "Geburtsdatum:
 * 04.08.1988, Termin am 19.01.2025", "born 1990, moved here on 3 May 2015".
 */
const OTHER_DATE_GAP =
  /(?<![\p{L}])(?:termin\p{L}*|appointment|seit|since|ab|bis|until|from|vom|gültig|valid|fällig|due|ausgestellt|issued|expires?|abgelaufen|einzug|eingezogen|umzug|moved|anreise|abreise|arrival|departure|flug|flight|bestellt|ordered|geliefert|delivered|rechnung|invoice|hochzeit|heirat|married|wedding|gestorben|verstorben|died)(?![\p{L}])/iu;

/** "geb. 07.04.1951, am 26.04.2024 im Klinikum verstorben": the second date is a death's. */
const DEATH_AFTER = /^[ \u00a0,]*(?:[\p{L}]+[ \u00a0]+){0,4}(?:verstorben|gestorben|died|passed away)/iu;

/** The next date of a list that continues the birth date ending at `from`. */
function nextInList(text: string, from: number): [number, number] | undefined {
  const window = text.slice(from, from + 64);
  const match = firstDateIn(window);
  if (match === null) return undefined;
  const gap = window.slice(0, match.index);
  if (!LIST_GAP.test(gap) || OTHER_DATE_GAP.test(gap)) return undefined;
  const end = from + match.index + match[0].length;
  if (DEATH_AFTER.test(text.slice(end, end + 60))) return undefined;
  return [from + match.index, end];
}

/** The rest of a heading's line after its keyword: words, maybe a remark in brackets, a colon. */
const HEADING_REST =
  /^(?:[ \u00a0]+[\p{L}-]+){0,3}(?:[ \u00a0]*\([^()\n\d]{1,30}\))?[ \u00a0]*:[ \u00a0\t]*\r?$/u;

function firstDate(text: string, from: number, to: number): [number, number] | undefined {
  // The date must start in the window; it may end after it ("…asked: 4 July 1938").
  const window = text.slice(from, Math.min(text.length, to + DATE_LENGTH));
  const match = firstDateIn(window);
  if (match === null || match.index > to - from) return undefined;
  // A second date-like value in between means the keyword belongs to something else.
  const gap = window.slice(0, match.index);
  if (/\n\s*\n/.test(gap)) return undefined;
  // "…;geburtsdatum;betrag;status\nKL-…;2024-03-02": below a keyword that does not end its line,
  // a date is another column's. A heading's words up to its colon end it too ("Date of birth (main
  // applicant):", "Geburtsdaten aller Eigentümer:").
  const newline = gap.indexOf("\n");
  if (newline !== -1 && /[\p{L}\d]/u.test(gap.slice(0, newline)) && !HEADING_REST.test(gap.slice(0, newline)))
    return undefined;
  // "Geburtsdatum\n[21.04.24, 11:40] Oma: …": a message's time stamp on the next line, no birth.
  if (newline !== -1 && TIME_AFTER_DATE.test(window.slice(match.index + match[0].length))) return undefined;
  return [from + match.index, from + match.index + match[0].length];
}

function lastDate(text: string, from: number, to: number): [number, number] | undefined {
  let last: [number, number] | undefined;
  for (const match of datesIn(text.slice(from, to)))
    last = [from + match.index, from + match.index + match[0].length];
  return last;
}

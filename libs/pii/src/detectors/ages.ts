import { L, LL, LU } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { birthDate, datesIn, YEAR_IN_DATE } from "./date-patterns.js";

// An age and a date that agree with it: "She's 10 (21 March 2015)", "Im Juni wird er 18 (am 2.
// Juni 2007)", "Dafni ist 11, geboren …", "- Sem, 11 years, born …". A date as many years back as
// the age is the birth date.

/**
 * The age, then a bracket or a comma, maybe "am" or "on", then where the date starts: "10 (",
 * "11, born ", "18 (am ". Looked for from its digits, which few places have.
 */
const AGE_THEN =
  /(?<![\d.,:/])(\d{1,2})(?:[ \u00a0]+(?:Jahre|years?)(?:[ \u00a0]+alt|[ \u00a0]+old)?)?[ \u00a0]*[(,][ \u00a0]*(?:am[ \u00a0]+|on[ \u00a0]+|born[ \u00a0]+|geb\.[ \u00a0]*)?/g;
/** Who has the age, right before it: "She's ", "Dafni is ", "wird er ". */
const PERSON_BEFORE = new RegExp(
  String.raw`(?<![${L}])(?:(?:[Hh]e|[Ss]he|[Ee]r|[Ss]ie|[${LU}][${LL}]+)(?:['’]s|[ \u00a0]+(?:is|ist|wird|turns|turned|was|war))|(?:wird|ist|war)[ \u00a0]+(?:er|sie))[ \u00a0]+$`,
);
/**
 * A list's line that opens with the name: "- Nikolas, 8 years (born …)", "Emir – 13 Jahre (…)".
 * An age and a date that agree make the name a person's, even one that is a word too ("Can").
 */
const LISTED_NAME_BEFORE = new RegExp(
  String.raw`^[ \t>*•-]*([${LU}][${LL}]+(?:[ \u00a0][${LU}][${LL}]+)?)[ \u00a0]*[,–—-][ \u00a0]*$`,
  "u",
);
/** How far the age may be from the date's years: the mail may be a year old, the birthday to come. */
const AGE_SLACK_YEARS = 2;
const DATE_WINDOW = 24;
const PERSON_WINDOW = 24;

export function detectBirthDatesByAge(text: string, out: Span[]): void {
  const thisYear = new Date().getFullYear();
  for (const age of text.matchAll(AGE_THEN)) {
    const lineStart = text.lastIndexOf("\n", age.index) + 1;
    const listed = LISTED_NAME_BEFORE.exec(text.slice(lineStart, age.index));
    if (listed === null && !PERSON_BEFORE.test(text.slice(Math.max(0, age.index - PERSON_WINDOW), age.index)))
      continue;
    const from = age.index + age[0].length;
    const date = [...datesIn(text.slice(from, from + DATE_WINDOW))][0];
    if (date === undefined || date.index !== 0) continue;
    const year = Number(YEAR_IN_DATE.exec(date[0])?.[0]);
    if (Math.abs(thisYear - year - Number(age[1])) > AGE_SLACK_YEARS) continue;
    out.push(birthDate(from, from + date[0].length, Score.context));
    if (listed !== null) {
      const start = lineStart + listed[0].indexOf(listed[1]!);
      out.push({
        type: EntityType.ENTITY_TYPE_PERSON,
        start,
        end: start + listed[1]!.length,
        score: Score.context,
      });
    }
  }
}

import { L } from "../chars.js";
import type { Span } from "../spans.js";
import { nameSpan } from "./name-finder.js";
import { NAME_WORD } from "./rules-records.js";
import { namesNoOne } from "./word-flags.js";

// The names a door, a bell or a letterbox shows, quoted for a courier: 'the name on the door is
// Lindqvist', 'auf dem Klingelschild steht Brøndum', 'Citofono "Conti / Bellandi"'. The sign says
// they are people's, whatever the lexicon knows of them.

/** English sign words in lower case only: "Marcus Bell" is a person, "Mailbox: Repairs" a team's. */
const SIGN = new RegExp(
  `(?<![${L}])(?:door|doorbell|bell|letterbox|intercom|buzzer|[Kk]lingel(?:schild)?|[Bb]riefkasten|[Tt]ürschild|[Nn]amensschild|[Cc]itofono|[Ss]onnette|[Ii]nterphone|[Dd]eurbel|[Bb]rievenbus)(?![${L}])`,
  "g",
);
/** What the sign says, right after its word: "says", "is", "steht", a colon, maybe a quote. */
const SHOWN = new RegExp(
  String.raw`^[ \u00a0]*(?:(says|reads|shows|steht|zeigt|lautet|is)[ \u00a0]+(?:(?:nur|only|noch|still)[ \u00a0]+)?|:[ \u00a0]*|(?=["„“'‚]))["„“'‚]?(?<names>${NAME_WORD}(?:[ \u00a0]*[/&+][ \u00a0]*${NAME_WORD}){0,2})(?![${L}])`,
  "u",
);
const NAME_BEFORE = /name[^\n]{0,16}$/i;
/** What a sign says when it names no one: "Klingel: defekt", "letterbox: none". */
const NO_NAME = /^(?:defekt|kaputt|broken|leer|frei|none|keine?|ohne|unleserlich|fehlt|missing|blank|empty)$/;

export function bySigns(text: string, out: Span[]): void {
  for (const sign of text.matchAll(SIGN)) {
    const from = sign.index + sign[0].length;
    const shown = SHOWN.exec(text.slice(from, from + 80));
    if (shown === null) continue;
    // "the door is Open": "is" tells a name only after "the name on the door".
    if (shown[1] === "is" && !NAME_BEFORE.test(text.slice(Math.max(0, sign.index - 24), sign.index)))
      continue;
    const names = shown.groups!.names!;
    pushNames(from + shown[0].length - names.length, names, out);
  }
}

function pushNames(start: number, names: string, out: Span[]): void {
  for (const part of names.matchAll(/[^ \u00a0/&+]+/gu)) {
    const word = part[0].toLowerCase();
    if (namesNoOne(word) || NO_NAME.test(word)) continue;
    const at = start + part.index;
    out.push(nameSpan(at, at + part[0].length));
  }
}

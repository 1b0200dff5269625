import { EntityType } from "../entity-types.js";
import { Score, type Span, valueSpan } from "../spans.js";
import { NOT_NAMES } from "./lexicon.js";
import { nameSpan } from "./name-finder.js";

// A payment card's holder as the card shows it, copied out beside its number by whoever found or
// lost it: "MasterCard LIU JIAYI 5521 …", "Visa debit, MRS S K CHAUDHRY, 4404 …". In capitals
// and right before the number, where no salutation or label points at it. Also a payer's name as a
// bank statement shows it.

/** Capitals words and initials that end right before a card's number, after a comma or "no.". */
const HOLDER_BEFORE =
  /(?<![\p{L}\d])(?:(MRS?|MS|MISS|DR)[ \u00a0]+)?((?:[A-Z]\.?[ \u00a0]+){0,2}[A-Z][A-Z'’-]+(?:[ \u00a0]+(?:[A-Z]\.?|[A-Z][A-Z'’-]+)){0,3})(?:,[ \u00a0]*(?:no\.?[ \u00a0]*)?|[ \u00a0]+)$/u;
/** How far before the number the holder may start. */
const HOLDER_WINDOW = 60;
/** What a card says besides its holder: its scheme, kind and bank. */
const CARD_WORDS = new Set(
  `visa mastercard master card maestro amex american express diners discover jcb unionpay debit
  credit gold platinum silver black classic business premium electron bank giro girocard ec kk
  hsbc barclays lloyds natwest santander revolut monzo dkb ing ubs bnp sparkasse volksbank
  commerzbank postbank comdirect eur gbp usd chf no nr`.split(/\s+/),
);

/**
 * How a payment shows its payer on the statement, in capitals after initials: "if the payment shows
 * up as T NGUYEN", "if you see C A WHITLOCK as the reference".
 */
const PAYER_AS =
  /(?:(?:shows?|showing|comes?|coming|appears?)[ \t]+(?:up[ \t]+|through[ \t]+)?as|(?<![\p{L}])see(?=[ \t]+[\p{Lu} \t'-]+[ \t]as[ \t]))[ \t]+(\p{Lu}(?:[ \t]\p{Lu}){0,2}[ \t]\p{Lu}{3}[\p{Lu}'-]*)(?![\p{L}])/gu;

export function byCardHolders(text: string, out: Span[]): void {
  if (text.includes(" as ") || text.includes("see "))
    for (const payer of text.matchAll(PAYER_AS)) {
      const surname = payer[1]!.slice(payer[1]!.lastIndexOf(" ") + 1).toLowerCase();
      if (!NOT_NAMES.has(surname)) out.push(valueSpan(EntityType.ENTITY_TYPE_PERSON, payer, Score.context));
    }
  const cards = out.filter((span) => span.type === EntityType.ENTITY_TYPE_CREDIT_CARD);
  for (const card of cards) {
    const window = Math.max(0, card.start - HOLDER_WINDOW);
    const lineFrom = text.lastIndexOf("\n", card.start - 1) + 1;
    const from = Math.max(window, lineFrom);
    const match = HOLDER_BEFORE.exec(text.slice(from, card.start));
    if (match === null) continue;
    const holder = match[2]!;
    const words = holder.split(/[ \u00a0]+/);
    const named = words.filter((word) => word.replace(/\.$/, "").length > 1);
    if (named.some((word) => CARD_WORDS.has(word.toLowerCase()) || NOT_NAMES.has(word.toLowerCase())))
      continue;
    // "UBS 4111 …" may be a bank this list lacks; a title or a second word says it is a person.
    if (match[1] === undefined && words.length < 2) continue;
    const start = from + match.index + match[0].indexOf(holder);
    out.push(nameSpan(start, start + holder.length));
  }
}

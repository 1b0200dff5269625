import type { EntityType } from "@poststelle/contracts";
import { detectLanguage } from "@poststelle/language";
import { detectEntities, entityTypeName } from "@poststelle/pii";
import type { DraftLanguage } from "./language.js";
import { placeholdersIn, resolvePlaceholders, withoutPlaceholders } from "./placeholders.js";

export interface DraftCandidate {
  /** The model's answer. */
  text: string;
  /** From the completion: "length" means it was cut off at max_tokens. */
  finishReason: string;
}

export interface DraftCheckContext {
  /** The masked mail the draft answers: its placeholders are the only ones the draft may use. */
  mail: { subject: string; bodyText: string; quotedText: string; fromPlaceholder: string };
  language: DraftLanguage;
  /**
   * Company texts a draft may repeat verbatim (signature, knowledge, mailbox address): a value in
   * them is no invented personal data, nor is one the masked mail itself carries in clear.
   */
  knownTexts: readonly string[];
}

export type DraftCheck =
  | {
      ok: true;
      /** The draft with its placeholders in canonical form, ready for unmask. */
      text: string;
    }
  | {
      ok: false;
      /** Stable code, e.g. "draft.invented_pii". */
      code: string;
      /** PII-free: counts and type names only. */
      reason: string;
    };

/** A body needs at least this many words to be a reply rather than a fragment. */
const MIN_WORDS = 8;

const SENTENCE_END = /[.!?…:)\]"'“”„»«]$/u;
/** Closing lines a draft may end on without a full stop. */
const CLOSING_LINE =
  /(grüße|grüßen|gruß|grüssen|grüsse|gruss|regards|wishes|sincerely|faithfully|cheers|thanks|thank you|danke|vielen dank|ihr team|your team|kundenservice|customer service)\W*$/iu;

function fail(code: string, reason: string): DraftCheck {
  return { ok: false, code, reason };
}

function countByType(types: readonly EntityType[]): string {
  const counts = new Map<string, number>();
  for (const type of types) {
    const name = entityTypeName(type);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => `${count} ${name}`).join(", ");
}

/** The last non-empty line ends a sentence, or is a closing formula ("Mit freundlichen Grüßen"). */
export function endsCleanly(text: string): boolean {
  const lines = text.trimEnd().split("\n");
  const last = (lines.at(-1) ?? "").trim();
  if (last === "") return false;
  if (SENTENCE_END.test(last)) return true;
  if (/\]\]$/.test(last)) return true;
  return CLOSING_LINE.test(last);
}

/**
 * The checks an LLM draft must pass before it may replace the template: it is a complete reply in
 * the right language, uses only this mail's placeholders, and names no personal value that did
 * not come from a placeholder (a model inventing an IBAN or an address is caught here).
 */
export function checkDraft(candidate: DraftCandidate, context: DraftCheckContext): DraftCheck {
  const { mail } = context;
  const owned = placeholdersIn(mail.subject, mail.bodyText, mail.quotedText, mail.fromPlaceholder);
  const { text, foreign } = resolvePlaceholders(candidate.text, owned);
  const plain = withoutPlaceholders(text).trim();
  const words = plain.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_WORDS) return fail("draft.empty", `the draft has ${words} words, fewer than ${MIN_WORDS}`);

  if (candidate.finishReason === "length") {
    return fail("draft.truncated", "the model stopped at the token limit");
  }
  if (!endsCleanly(text)) return fail("draft.truncated", "the draft ends in the middle of a sentence");

  if (foreign.length > 0) {
    return fail(
      "draft.foreign_placeholder",
      `the draft uses ${foreign.length} placeholder(s) that do not occur in the mail`,
    );
  }

  const language = detectLanguage(plain);
  if (language !== "" && language !== context.language) {
    return fail("draft.wrong_language", `the draft is in ${language}, expected ${context.language}`);
  }

  const allowed = [mail.subject, mail.bodyText, mail.quotedText, ...context.knownTexts]
    .join("\n")
    .toLowerCase();
  const invented = detectEntities(withoutPlaceholders(text), { language: context.language }).filter(
    (entity) => !allowed.includes(entity.value.toLowerCase()),
  );
  if (invented.length > 0) {
    return fail(
      "draft.invented_pii",
      `the draft names personal data that no placeholder stands for: ${countByType(invented.map((e) => e.type))}`,
    );
  }
  return { ok: true, text };
}

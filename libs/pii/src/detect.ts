import { detectAddresses } from "./detectors/addresses.js";
import { detectBirthDatesByAge } from "./detectors/ages.js";
import { detectAircraftRegistrations } from "./detectors/aircraft.js";
import { detectAnswers } from "./detectors/answers.js";
import { detectBaggageNumbers } from "./detectors/baggage.js";
import { detectBirthAnnouncements } from "./detectors/birth-announcements.js";
import { birthDatesAfterNames, detectBirthDatesInRows } from "./detectors/birth-rows.js";
import { detectBookingRecords } from "./detectors/booking-records.js";
import { detectBracketedContracts } from "./detectors/bracketed-contracts.js";
import { detectBusinessIds, detectCustomPatterns } from "./detectors/business-ids.js";
import {
  detectEmails,
  detectIpAddresses,
  detectPhones,
  detectSpelledEmails,
  detectUrls,
} from "./detectors/contact.js";
import { detectCredentials } from "./detectors/credentials.js";
import { detectBirthDates } from "./detectors/dates.js";
import { detectNamedFields } from "./detectors/fields.js";
import {
  detectBankAccounts,
  detectBics,
  detectCreditCards,
  detectIbans,
  detectPolishAccounts,
} from "./detectors/finance.js";
import {
  detectIdDocuments,
  detectSocialSecurity,
  detectTaxIds,
  detectVatIds,
} from "./detectors/government-ids.js";
import { detectHealthInsuranceNumbers } from "./detectors/health-insurance.js";
import { detectHebrewNames } from "./detectors/hebrew-names.js";
import { detectSigningInitials } from "./detectors/initials.js";
import { detectKitLists } from "./detectors/kit-lists.js";
import { detectLabelLines } from "./detectors/label-lines.js";
import { detectLicenceFields } from "./detectors/licence-fields.js";
import { detectMachineReadableZones } from "./detectors/mrz.js";
import { detectNamedSites } from "./detectors/named-sites.js";
import { otherScriptSpans } from "./detectors/other-scripts.js";
import { detectPasswordLists, detectPasswordShapes } from "./detectors/password-shapes.js";
import { codesAfterNames } from "./detectors/person-codes.js";
import { detectPlaceCodes } from "./detectors/place-codes.js";
import { detectLicensePlates } from "./detectors/plates.js";
import { detectNumberCompounds, detectReferenceShapes, dropJobPostingIds } from "./detectors/references.js";
import { residentsBeforeAddresses } from "./detectors/residents.js";
import { detectCodeLists, detectSecrets } from "./detectors/secrets.js";
import { detectSpelledNames } from "./detectors/spelled.js";
import { detectSpokenNumbers } from "./detectors/spoken.js";
import { detectTableColumns } from "./detectors/tables.js";
import { detectTriedCodes } from "./detectors/tried-codes.js";
import { EntityType } from "./entity-types.js";
import { letterSpacedView } from "./letter-spaced-view.js";
import { detectNames } from "./names/detect-names.js";
import { nameHints } from "./names/hints.js";
import { recased } from "./recase.js";
import { addRepetitions, type ThreadKnowledge } from "./repetitions.js";
import { scannedDigits, scannedLetters } from "./scanner-misreads.js";
import { resolveOverlaps, Score, type Span } from "./spans.js";
import { spokenView } from "./spoken-view.js";
import type { TextView } from "./text-view.js";
import { Tokens } from "./tokens.js";
import type { DetectedEntity, DetectOptions } from "./types.js";
import { unwrappedView } from "./unwrapped-view.js";

/** Finds personal data in German, English or mixed text. Pure; offsets are UTF-16 code units. */
export function detectEntities(text: string, opts: DetectOptions = {}): DetectedEntity[] {
  return detectSpans(text, opts).map((span) => ({
    type: span.type,
    start: span.start,
    end: span.end,
    value: text.slice(span.start, span.end),
    score: span.score,
  }));
}

export function detectSpans(original: string, opts: DetectOptions = {}, thread?: ThreadKnowledge): Span[] {
  const found = spansIn(original, opts, thread);
  const more: Span[] = [];
  // A dictated mail is read a second time, written down ("null eins sieben …" as "017…"), and
  // what is found there is mapped back onto the words it was said in.
  const spoken = spokenView(original);
  if (spoken !== undefined) {
    more.push(...readAgain(spoken, opts, thread));
    for (const at of spoken.spelled)
      more.push({ type: EntityType.ENTITY_TYPE_PERSON, ...at, score: Score.format });
  }
  // So is a mail with values cut by wrapped and quoted lines, the cuts joined.
  const unwrapped = unwrappedView(original);
  if (unwrapped !== undefined) more.push(...readAgain(unwrapped, opts, thread));
  // And a form whose characters were spaced apart, written together.
  const spaced = letterSpacedView(original);
  if (spaced !== undefined) more.push(...readAgain(spaced, opts, thread));
  return more.length === 0 ? found : resolveOverlaps(original, [...found, ...more]);
}

/** The spans found in a view of the mail, mapped back onto the mail. */
function readAgain(view: TextView, opts: DetectOptions, thread: ThreadKnowledge | undefined): Span[] {
  return spansIn(view.text, opts, thread).map((span) => ({
    ...span,
    ...view.original(span.start, span.end),
  }));
}

function spansIn(original: string, opts: DetectOptions, thread: ThreadKnowledge | undefined): Span[] {
  // Lines typed without capitals (or in capitals only) get them back where names and addresses
  // stand, and numbers and words a scanner misread get their digits and letters back; same
  // length, so the spans found on this view fit the original.
  const cased = recased(original) ?? original;
  const digits = scannedDigits(cased) ?? cased;
  const text = scannedLetters(digits) ?? digits;
  const candidates: Span[] = [];
  const tokens = new Tokens(text);
  detectEmails(text, candidates);
  detectSpelledEmails(text, tokens, candidates);
  detectUrls(text, candidates);
  detectIpAddresses(text, candidates);
  detectIbans(text, candidates);
  detectBankAccounts(text, candidates);
  detectPolishAccounts(text, candidates);
  detectBics(text, candidates);
  detectCreditCards(text, candidates);
  detectTaxIds(text, candidates);
  detectVatIds(text, candidates);
  detectSocialSecurity(text, tokens, candidates);
  detectHealthInsuranceNumbers(text, candidates);
  detectIdDocuments(text, tokens, candidates);
  detectLicenceFields(text, candidates);
  detectMachineReadableZones(text, candidates);
  detectHebrewNames(text, candidates);
  detectKitLists(text, candidates);
  detectLicensePlates(text, tokens, candidates);
  detectAircraftRegistrations(text, candidates);
  detectSecrets(text, tokens, candidates);
  detectTriedCodes(text, candidates);
  detectPlaceCodes(text, candidates);
  detectPasswordShapes(text, candidates);
  detectPasswordLists(text, candidates);
  detectCodeLists(text, candidates);
  detectCredentials(text, tokens, candidates);
  detectBusinessIds(text, tokens, candidates);
  detectBaggageNumbers(text, candidates);
  detectNumberCompounds(text, tokens, candidates);
  detectBracketedContracts(text, candidates);
  detectTableColumns(text, candidates);
  detectLabelLines(text, candidates);
  detectAnswers(text, candidates);
  detectNamedFields(text, candidates);
  if (opts.patterns !== undefined && opts.patterns.length > 0)
    detectCustomPatterns(text, opts.patterns, candidates);
  detectBirthDates(text, candidates);
  detectBirthDatesInRows(text, candidates);
  detectBirthAnnouncements(text, candidates);
  detectBirthDatesByAge(text, candidates);
  detectBookingRecords(text, candidates);
  detectPhones(text, tokens, candidates);
  detectSpokenNumbers(text, tokens, candidates);
  detectSpelledNames(text, tokens, candidates);
  detectSigningInitials(text, candidates);
  // Names and addresses written in Cyrillic, Greek, Arabic, Hebrew, CJK, Hangul or Thai.
  const otherScripts = otherScriptSpans(text);
  candidates.push(...otherScripts.names);
  detectAddresses(text, tokens, candidates, otherScripts.addresses);
  residentsBeforeAddresses(text, candidates);
  // Last of the value rules: a shape is only a guess where no rule above has an answer.
  detectReferenceShapes(text, candidates);
  const hints = nameHints(text, candidates, opts.knownNames, thread?.nameParts);
  detectNames(text, tokens, hints, candidates, otherScripts.names);
  detectNamedSites(text, candidates);
  birthDatesAfterNames(text, candidates);
  codesAfterNames(text, candidates);

  let accepted = dropJobPostingIds(text, resolveOverlaps(text, candidates));
  accepted = addRepetitions(text, accepted, thread);
  if (opts.allowList !== undefined && opts.allowList.length > 0)
    accepted = dropAllowed(text, accepted, opts.allowList);
  return accepted;
}

function dropAllowed(text: string, spans: Span[], allowList: readonly string[]): Span[] {
  const allowed = new Set(allowList.map(normalizeForAllowList));
  return spans.filter((span) => !allowed.has(normalizeForAllowList(text.slice(span.start, span.end))));
}

function normalizeForAllowList(value: string): string {
  return value.toLowerCase().replace(/[\s\u00a0]+/g, "");
}

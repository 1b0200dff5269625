/**
 * One test for "this string may quote a mail", shared by the span guard and the log guard so both
 * redact the same things. It errs on the side of redacting: a lost log detail is cheap, a leaked
 * address is not.
 */

export const REDACTED = "[redacted]";

/** Longer strings are prose (a subject, a body excerpt, a model answer), not an id or a code. */
const MAX_PLAIN_LENGTH = 200;

// Also catches the URL-encoded form (max%40example.com) that shows up in logged URLs.
const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
// Country code, check digits, then 11–30 alphanumerics, optionally grouped by spaces or dashes.
const IBAN_LIKE = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b/i;
// Seven or more digits, allowing the single separators people put into phone and account numbers
// ("0171 1234567", "030/123-4567", "+49 (0)30 1234567"). Dots are left out so IP addresses pass.
const LONG_DIGIT_RUN = /\d(?:[ /()-]?\d){6,}/;

/** Ids from @poststelle/contracts (mailIdFor, threadIdFor, messageIdFor): hashes, never content. */
const POSTSTELLE_ID = /^[mt]_[A-Za-z0-9_-]{22}(?::[a-z][a-z_-]*)?$/;

export function looksLikePersonalData(value: string): boolean {
  if (value.length > MAX_PLAIN_LENGTH) return true;
  if (value.includes("\n") || value.includes("\r")) return true;
  // Hashed ids are base64url: a dash inside one can accidentally start an IBAN-shaped token.
  if (POSTSTELLE_ID.test(value)) return false;
  return EMAIL.test(value) || IBAN_LIKE.test(value) || LONG_DIGIT_RUN.test(value);
}

/** The value itself when harmless, otherwise the redaction marker. */
export function redactPersonalData(value: string): string {
  return looksLikePersonalData(value) ? REDACTED : value;
}

import type { MailDrafted } from "@poststelle/contracts";
import { TransientError } from "@poststelle/errors";
import type { PrivacyClient } from "@poststelle/runtime";

export interface RestoredDraft {
  subject: string;
  body: string;
  /** The customer's address, or the placeholder itself when the vault no longer knows it. */
  replyTo: string;
  /**
   * The address's keyed hash from the vault, "" when it is not one of the thread's addresses:
   * per-recipient counters are kept under it, so nothing stored here names the customer.
   */
  replyToKey: string;
  restored: number;
  /** Count only: the tokens themselves stay in the text, unrevealed. */
  unknownPlaceholders: number;
}

/**
 * Puts the personal data back into a draft through PrivacyService.Unmask, scoped to the mail's
 * thread: the one way this service sees personal values. A placeholder the thread does not own
 * (copied from another conversation, or made up) is left as it is.
 */
export async function restoreDraft(privacy: PrivacyClient, drafted: MailDrafted): Promise<RestoredDraft> {
  const threadId = drafted.meta?.threadId ?? "";
  const texts = [drafted.subject, drafted.bodyText, drafted.replyToPlaceholder];
  const { texts: parts } = await privacy.unmask({ threadId, texts });
  const [subject, body, replyTo] = parts;
  if (subject === undefined || body === undefined || replyTo === undefined) {
    throw new TransientError("privacy.bad_response", "PrivacyService.Unmask answered too few texts");
  }
  return {
    subject: subject.text,
    body: body.text,
    replyTo: replyTo.text.trim(),
    replyToKey: replyTo.addressKey,
    restored: parts.reduce((sum, part) => sum + part.restored, 0),
    unknownPlaceholders: parts.reduce((sum, part) => sum + part.unknownPlaceholders.length, 0),
  };
}

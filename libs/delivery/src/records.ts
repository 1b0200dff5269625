import type { DeliveryAction } from "./keys.js";

/**
 * What was done for one mail and action, stored in the deliveries bucket after the action. Holds
 * folder names, UIDs and company addresses only: never a customer's address or any mail text.
 */
export interface DeliveryRecord {
  action: DeliveryAction;
  /** "pending" is written before an action that cannot be looked up afterwards (an SMTP send). */
  state: "done" | "pending";
  at: string;
  /** Where the draft went: IMAP folder, or the directory of a folder mailbox. */
  folder?: string;
  uid?: number;
  movedTo?: string;
  keyword?: string;
  forwardedTo?: string;
  /** The move found the mail gone from its folder, or the keyword found it moved: nothing to do. */
  gone?: boolean;
  /** auto_send fell back to a draft (rate limit reached, or a send that may have gone out). */
  drafted?: boolean;
}

export function encodeRecord(record: DeliveryRecord): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(record));
}

/** undefined for an empty (deleted) entry or one that is not a record. */
export function decodeRecord(data: Uint8Array | undefined): DeliveryRecord | undefined {
  if (data === undefined || data.byteLength === 0) return undefined;
  try {
    const value = JSON.parse(new TextDecoder().decode(data)) as Partial<DeliveryRecord>;
    if (typeof value.action !== "string" || (value.state !== "done" && value.state !== "pending")) {
      return undefined;
    }
    return value as DeliveryRecord;
  } catch {
    return undefined;
  }
}

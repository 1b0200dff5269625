import type { AutomaticKind } from "@poststelle/contracts";
import type { AttachmentInfo } from "./index.js";

/**
 * What one fixture must parse into. Unset `quoted`/`signature` mean "must be empty", unset
 * `attachments` means none, unset `automatic` means a person wrote it: rows are strict by default.
 */
export interface Expectation {
  file: string;
  maxBytes?: number;
  /** Reason code of the PermanentError the mail must be refused with. */
  error?: string;
  subject?: string;
  from?: string;
  messageId?: string;
  threadRoot?: string;
  date?: string | null;
  language?: "de" | "en" | "";
  body?: string[];
  notInBody?: string[];
  quoted?: string[];
  signature?: string[];
  automatic?: AutomaticKind;
  attachments?: Partial<AttachmentInfo>[];
  headers?: Record<string, string>;
  to?: string[];
  cc?: string[];
}

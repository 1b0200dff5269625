import type { AutoSendConfig, DepartmentConfig, MailboxConfig } from "@poststelle/config";
import { DraftSource, type MailDrafted } from "@poststelle/contracts";
import { type DeliveryAction, deliveryKey } from "./keys.js";

export type DeliveryStep =
  | { action: "draft"; key: string; target: "imap" | "file" }
  | { action: "auto_send"; key: string }
  | { action: "forward"; key: string; to: string }
  | { action: "keyword"; key: string; keyword: string }
  | { action: "move"; key: string; folder: string };

export interface SkippedAction {
  action: DeliveryAction;
  /** Stable, PII-free. */
  reason: "no_draft" | "folder_mailbox" | "no_smtp" | "already_there";
}

export interface DeliveryPlan {
  /** In the order they must run: the draft first, then everything that needs the original where it is, the move last. */
  steps: DeliveryStep[];
  skipped: SkippedAction[];
}

export interface PlanInput {
  drafted: Pick<MailDrafted, "meta" | "classification" | "source">;
  department: Pick<DepartmentConfig, "action">;
  mailbox: MailboxConfig;
  autoSend: AutoSendConfig;
}

export function hasDraft(source: DraftSource): boolean {
  return source === DraftSource.DRAFT_SOURCE_LLM || source === DraftSource.DRAFT_SOURCE_TEMPLATE;
}

/** Auto-send is off unless enabled, and then only for the chosen intents at or above the confidence. */
export function autoSendApplies(
  autoSend: AutoSendConfig,
  classification: MailDrafted["classification"],
): boolean {
  if (!autoSend.enabled || classification === undefined) return false;
  return (
    autoSend.intents.includes(classification.intent) && classification.confidence >= autoSend.minConfidence
  );
}

/**
 * What to do with a drafted mail. Pure: the caller runs the steps and records each one, so this
 * may be computed again on every redelivery.
 */
export function planDelivery(input: PlanInput): DeliveryPlan {
  const { drafted, department, mailbox } = input;
  const mailId = drafted.meta?.mailId ?? "";
  const steps: DeliveryStep[] = [];
  const skipped: SkippedAction[] = [];
  const action = department.action;

  if (!hasDraft(drafted.source)) {
    skipped.push({ action: "draft", reason: "no_draft" });
  } else if (mailbox.kind === "folder") {
    steps.push({ action: "draft", key: deliveryKey(mailId, "draft"), target: "file" });
  } else if (mailbox.smtp !== undefined && autoSendApplies(input.autoSend, drafted.classification)) {
    steps.push({ action: "auto_send", key: deliveryKey(mailId, "auto_send") });
  } else {
    steps.push({ action: "draft", key: deliveryKey(mailId, "draft"), target: "imap" });
  }

  // A folder mailbox's files are the bundled sample: never moved, flagged or sent anywhere.
  if (mailbox.kind === "folder") {
    if (action.forwardTo) skipped.push({ action: "forward", reason: "folder_mailbox" });
    if (action.keyword) skipped.push({ action: "keyword", reason: "folder_mailbox" });
    if (action.moveTo) skipped.push({ action: "move", reason: "folder_mailbox" });
    return { steps, skipped };
  }

  if (action.forwardTo) {
    if (mailbox.smtp === undefined) skipped.push({ action: "forward", reason: "no_smtp" });
    else steps.push({ action: "forward", key: deliveryKey(mailId, "forward"), to: action.forwardTo });
  }
  if (action.keyword) {
    steps.push({ action: "keyword", key: deliveryKey(mailId, "keyword"), keyword: action.keyword });
  }
  if (action.moveTo) {
    if (action.moveTo === drafted.meta?.ref?.folder)
      skipped.push({ action: "move", reason: "already_there" });
    else steps.push({ action: "move", key: deliveryKey(mailId, "move"), folder: action.moveTo });
  }
  return { steps, skipped };
}

import type { MailDelivered, MailDrafted } from "@poststelle/contracts";
import { type DeliveryRecord, type DeliveryStep, planDelivery } from "@poststelle/delivery";
import { PermanentError, PoststelleError, TransientError } from "@poststelle/errors";
import { appendDraft, type Delivery, type DeliveryContext, writeFileDraft } from "./draft-steps.js";
import { addKeyword, moveOriginal } from "./imap-mailbox.js";
import { type RestoredDraft, restoreDraft } from "./restore.js";
import { autoSend, forward } from "./send-steps.js";

export type { DeliveryContext } from "./draft-steps.js";

/** What a delivery did, for mail.delivered, and its steps' records being written meanwhile. */
export interface Delivered {
  delivered: MailDelivered;
  /** Resolves when every step's record is stored; rejects with the first write that failed. */
  recorded: Promise<void>;
}

/**
 * Restores the draft's personal data and carries out the plan: each step is skipped when its
 * record says it is done, and its record is written as soon as it is.
 */
export async function deliverDrafted(drafted: MailDrafted, ctx: DeliveryContext): Promise<Delivered> {
  const meta = drafted.meta;
  const ref = meta?.ref;
  if (meta === undefined || ref === undefined || meta.mailId === "") {
    throw new PermanentError("event.incomplete", "mail.drafted has no meta or mail reference");
  }
  const mailbox = ctx.config.mailboxes.find((m) => m.id === ref.mailbox);
  if (mailbox === undefined) {
    throw new PermanentError("delivery.unknown_mailbox", "the mailbox is not configured");
  }
  const departmentId = drafted.classification?.department ?? "";
  const department = ctx.config.departments.find((d) => d.id === departmentId);
  if (department === undefined) {
    throw new PermanentError("delivery.unknown_department", "the department is not configured");
  }

  let restoring: Promise<RestoredDraft> | undefined;
  const writes: Promise<void>[] = [];
  const delivery: Delivery = {
    ctx,
    drafted,
    mailId: meta.mailId,
    ref,
    mailbox,
    department,
    restored: () => {
      restoring ??= restoreDraft(ctx.privacy, drafted).then((restored) => {
        if (restored.unknownPlaceholders > 0)
          ctx.metrics.unknownPlaceholders.add(restored.unknownPlaceholders);
        return restored;
      });
      return restoring;
    },
    done: (key, record) => {
      const { record: full, written } = ctx.records.done(key, record);
      // Handled now and reported through `recorded`: a later step failing must not leave it unheard.
      written.catch(() => undefined);
      writes.push(written);
      return full;
    },
  };

  const plan = planDelivery({ drafted, department, mailbox, autoSend: ctx.config.delivery.autoSend });
  for (const skipped of plan.skipped)
    ctx.metrics.skipped.add(1, { action: skipped.action, reason: skipped.reason });

  const delivered: MailDelivered = {
    meta,
    department: department.id,
    draftFolder: "",
    draftUid: 0,
    movedTo: "",
    keyword: "",
    forwardedTo: "",
    autoSent: false,
  };
  // What earlier deliveries did, and the restored text, are fetched at once: both are round trips.
  const records = Promise.all(plan.steps.map((step) => ctx.records.get(step.key)));
  if (plan.steps.some((step) => RESTORING.has(step.action))) delivery.restored().catch(() => undefined);
  const earlierRecords = await records;
  for (const [index, step] of plan.steps.entries()) {
    const earlier = earlierRecords[index];
    // A pending record is a send that may have gone out before a crash: it is looked for in \Sent,
    // and otherwise an auto-reply is left to a person as a draft and a forward is sent again.
    const settle = earlier?.state === "pending" && SENDS.has(step.action);
    if (earlier !== undefined && !settle) {
      ctx.metrics.skipped.add(1, {
        action: step.action,
        reason: earlier.state === "done" ? "already_done" : "uncertain",
      });
    }
    const record = earlier !== undefined && !settle ? earlier : await runStep(delivery, step, settle);
    describe(record, delivered);
  }
  return { delivered, recorded: Promise.all(writes).then(() => undefined) };
}

/** Steps that send mail, claimed before they do. */
const SENDS = new Set<DeliveryStep["action"]>(["auto_send", "forward"]);

/** Steps that put the restored draft somewhere. */
const RESTORING = new Set<DeliveryStep["action"]>(["draft", "auto_send", "forward"]);

function describe(record: DeliveryRecord, delivered: MailDelivered): void {
  if (record.folder !== undefined) {
    delivered.draftFolder = record.folder;
    delivered.draftUid = record.uid ?? 0;
  }
  if (record.action === "auto_send" && !record.drafted) delivered.autoSent = true;
  if (record.forwardedTo) delivered.forwardedTo = record.forwardedTo;
  if (record.keyword && !record.gone) delivered.keyword = record.keyword;
  if (record.movedTo && !record.gone) delivered.movedTo = record.movedTo;
}

/** Carries out one step; `settle` finishes a send that an earlier attempt claimed. */
async function runStep(delivery: Delivery, step: DeliveryStep, settle = false): Promise<DeliveryRecord> {
  const { ctx, mailbox } = delivery;
  if (mailbox.kind === "folder") {
    if (step.action !== "draft")
      throw new PermanentError("delivery.unsupported", "folder mailboxes only get drafts");
    return writeFileDraft(delivery, mailbox, step.key);
  }
  const client = await ctx.sessions.client(mailbox);
  try {
    switch (step.action) {
      case "draft":
        return delivery.done(step.key, {
          action: "draft",
          ...(await appendDraft(delivery, mailbox, client)),
        });
      case "auto_send":
        return await autoSend(delivery, mailbox, client, step.key, settle);
      case "forward":
        return await forward(delivery, mailbox, client, step.key, step.to, settle);
      case "keyword": {
        const outcome = await addKeyword(client, delivery.ref, step.keyword);
        if (outcome === "gone") ctx.metrics.skipped.add(1, { action: "keyword", reason: "gone" });
        else ctx.metrics.keywords.add(1);
        return delivery.done(step.key, {
          action: "keyword",
          keyword: step.keyword,
          gone: outcome === "gone",
        });
      }
      case "move": {
        const outcome = await moveOriginal(client, delivery.ref, step.folder);
        if (outcome === "gone") ctx.metrics.skipped.add(1, { action: "move", reason: "gone" });
        else ctx.metrics.moves.add(1);
        return delivery.done(step.key, {
          action: "move",
          movedTo: step.folder,
          gone: outcome === "gone",
        });
      }
    }
  } catch (error) {
    if (error instanceof PoststelleError) throw error;
    // imapflow's errors quote server responses: keep the kind, drop the text, and reconnect next time.
    ctx.sessions.discard(mailbox, client);
    throw new TransientError("imap.command_failed", `IMAP ${step.action} failed`, { cause: error });
  }
}

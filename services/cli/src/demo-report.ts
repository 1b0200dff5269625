import { isAbsolute, join, relative } from "node:path";
import {
  type DeadLetter,
  DecidedBy,
  type MailClassified,
  type MailDelivered,
  Priority,
} from "@poststelle/contracts";

/** One finished mail of the demo, as the demo prints it. */
export interface DemoLine {
  mailId: string;
  uid: number;
  department: string;
  decidedBy: string;
  confidence: number;
  priority: string;
  noDraft: boolean;
  /** Start of the masked body: what the models saw. */
  maskedExcerpt: string;
  draft: string;
  deadLetter?: string;
}

const DECIDED_BY: Record<number, string> = {
  [DecidedBy.DECIDED_BY_RULE]: "rule",
  [DecidedBy.DECIDED_BY_LLM]: "llm",
  [DecidedBy.DECIDED_BY_FALLBACK]: "fallback",
};
const PRIORITY: Record<number, string> = {
  [Priority.PRIORITY_LOW]: "low",
  [Priority.PRIORITY_NORMAL]: "normal",
  [Priority.PRIORITY_HIGH]: "high",
  [Priority.PRIORITY_URGENT]: "urgent",
};

/** A folder mailbox's draft is a file named after the mail; an IMAP draft is a folder and UID. */
function draftLocation(delivered: MailDelivered): string {
  if (!delivered.draftFolder) return "(no draft)";
  if (isAbsolute(delivered.draftFolder)) {
    const file = join(delivered.draftFolder, `${delivered.meta?.mailId}.eml`);
    const local = relative(process.cwd(), file);
    return local.startsWith("..") ? file : local;
  }
  return `${delivered.draftFolder} UID ${delivered.draftUid}`;
}

function excerpt(text: string, length = 72): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function demoLine(classified: MailClassified | undefined, delivered: MailDelivered): DemoLine {
  const c = classified?.classification;
  return {
    mailId: delivered.meta?.mailId ?? "",
    uid: delivered.meta?.ref?.uid ?? 0,
    department: delivered.department,
    decidedBy: c ? (DECIDED_BY[c.decidedBy] ?? "?") : "?",
    confidence: c?.confidence ?? 0,
    priority: c ? (PRIORITY[c.priority] ?? "?") : "?",
    noDraft: classified?.noDraft ?? false,
    maskedExcerpt: excerpt(`${classified?.mail?.subject ?? ""} | ${classified?.mail?.bodyText ?? ""}`),
    draft: draftLocation(delivered),
  };
}

export function deadLetterLine(letter: DeadLetter): DemoLine {
  return {
    mailId: letter.meta?.mailId ?? "",
    uid: letter.meta?.ref?.uid ?? 0,
    department: "-",
    decidedBy: "-",
    confidence: 0,
    priority: "-",
    noDraft: true,
    maskedExcerpt: "",
    draft: "(dead letter)",
    deadLetter: letter.reasonCode,
  };
}

export function formatDemoLine(line: DemoLine): string {
  const head = `#${String(line.uid).padStart(3, "0")} ${line.department.padEnd(10)} ${line.decidedBy.padEnd(8)} ${line.confidence.toFixed(2)} ${line.priority.padEnd(6)}`;
  if (line.deadLetter) return `${head} dead letter: ${line.deadLetter}`;
  return `${head} ${line.noDraft ? "no draft " : "draft → "}${line.noDraft ? "" : line.draft}\n      masked: ${line.maskedExcerpt}`;
}

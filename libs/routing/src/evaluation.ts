import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { splitReply } from "@poststelle/mail";
import type { FallbackClassifier } from "./fallback-classifier.js";
import type { LabeledMail } from "./labeled-mails.js";
import { routeByRules } from "./rules.js";
import { routingText } from "./text-features.js";
import type { DepartmentSpec, RoutableMail, RuleSpec } from "./types.js";

/**
 * The held-out mails in test/fixtures/classify and the scores computed on them; shared by the
 * benchmark and the test that keeps the held-out macro-F1 above its floor. What the classifier
 * trains on is what the embedded defaults ship (`embeddedClassifier.labeledMails`).
 */
export interface HeldOutMail extends LabeledMail {
  id: string;
  source: "generated" | "handwritten";
  language: string;
  from: string;
  to: string;
}

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures/classify");

/** Every held-out file of a directory (the fixtures by default), in name order. */
export function loadHeldOutMails(dir = FIXTURE_DIR): HeldOutMail[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as HeldOutMail),
    );
}

/**
 * A held-out mail as classify gets it: the body is the newest part alone, as ingest's parser leaves
 * it (quoted history and signature split off), so the scores are those of production routing.
 */
export function routableMail(mail: HeldOutMail): RoutableMail {
  const domain = mail.from.includes("@") ? (mail.from.split("@").pop() ?? "") : "";
  return {
    subject: mail.subject,
    body: splitReply(mail.body).body,
    fromAddress: mail.from,
    fromDomain: domain,
    recipients: [mail.to],
    headers: {},
    attachmentTypes: [],
    automatic: false,
  };
}

export interface Scores {
  count: number;
  accuracy: number;
  macroF1: number;
  f1ByDepartment: Record<string, number>;
  /** Mails decided by a rule rather than the classifier. */
  byRule: number;
  /** [label, predicted] pairs that differ, for a confusion listing. */
  errors: { id: string; label: string; predicted: string }[];
}

/** Scores "rules, then the embedded classifier" (before any triage threshold) against the labels. */
export function scoreRouting(
  mails: readonly HeldOutMail[],
  rules: readonly RuleSpec[],
  classifier: FallbackClassifier,
): Scores {
  let byRule = 0;
  const pairs = mails.map((mail) => {
    const routable = routableMail(mail);
    const ruled = routeByRules(routable, rules);
    if (ruled !== undefined) byRule++;
    const predicted = ruled?.department ?? classifier.classify(routingText(routable)).department;
    return { id: mail.id, label: mail.department, predicted };
  });
  const labels = [...new Set(mails.map((mail) => mail.department))].sort();
  const f1ByDepartment: Record<string, number> = {};
  for (const label of labels) {
    const truePositives = pairs.filter((p) => p.label === label && p.predicted === label).length;
    const predictedCount = pairs.filter((p) => p.predicted === label).length;
    const actualCount = pairs.filter((p) => p.label === label).length;
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = actualCount === 0 ? 0 : truePositives / actualCount;
    f1ByDepartment[label] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const f1s = Object.values(f1ByDepartment);
  const errors = pairs.filter((p) => p.label !== p.predicted);
  return {
    count: pairs.length,
    accuracy: pairs.length === 0 ? 0 : (pairs.length - errors.length) / pairs.length,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    f1ByDepartment,
    byRule,
    errors,
  };
}

/** The departments fixture the unit tests route against (stable, unlike the embedded defaults). */
export function loadFixtureDepartments(dir = FIXTURE_DIR): DepartmentSpec[] {
  return (
    JSON.parse(readFileSync(join(dir, "departments.json"), "utf8")) as { departments: DepartmentSpec[] }
  ).departments;
}

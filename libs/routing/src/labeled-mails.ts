import { readFile } from "node:fs/promises";
import { ConfigError } from "@poststelle/errors";
import {
  type FallbackClassifier,
  type TrainingExample,
  trainFallbackClassifier,
} from "./fallback-classifier.js";
import { routingText } from "./text-features.js";
import type { DepartmentSpec } from "./types.js";

/**
 * A masked mail with the department a person routed it to. One per line in a labeled-mails file;
 * other fields (id, from, to, language) are allowed, so the same lines feed
 * `poststelle classify --jsonl` to check the routing against the labels.
 */
export interface LabeledMail {
  department: string;
  subject: string;
  body: string;
}

/**
 * Parses a labeled-mails file. A bad line fails the whole file, naming the file and the line but
 * never quoting it: the lines are customer mail.
 */
export function parseLabeledMails(text: string, file: string): LabeledMail[] {
  const mails: LabeledMail[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new ConfigError(file, `line ${index + 1}`, "not valid JSON");
    }
    const { department, subject, body } = (record ?? {}) as Record<string, unknown>;
    if (typeof department !== "string" || typeof subject !== "string" || typeof body !== "string") {
      throw new ConfigError(
        file,
        `line ${index + 1}`,
        'expected an object with "department", "subject" and "body" strings',
      );
    }
    mails.push({ department, subject, body });
  }
  return mails;
}

export async function readLabeledMails(files: readonly string[]): Promise<LabeledMail[]> {
  const mails: LabeledMail[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new ConfigError(file, "", `cannot read the labeled mails (${code})`);
    }
    mails.push(...parseLabeledMails(text, file));
  }
  return mails;
}

export function trainingExamples(mails: readonly LabeledMail[]): TrainingExample[] {
  return mails.map((mail) => ({ department: mail.department, text: routingText(mail) }));
}

/** The parts of the config the embedded classifier is trained from (`Config` fits). */
export interface EmbeddedClassifierSpec {
  departments: readonly DepartmentSpec[];
  triage: { department: string };
  embeddedClassifier: { labeledMails: readonly string[] };
}

/**
 * The classifier the classify service and `poststelle classify` fall back on: trained from the
 * departments and the configured labeled mails. Triage is where low confidence lands, not a
 * topic, so the classifier never picks it itself. Mails labeled with a department that is not
 * configured are left out and counted in `skippedExamples`.
 */
export async function trainEmbeddedClassifier(spec: EmbeddedClassifierSpec): Promise<FallbackClassifier> {
  const labeled = await readLabeledMails(spec.embeddedClassifier.labeledMails);
  return trainFallbackClassifier(spec.departments, trainingExamples(labeled), {
    exclude: [spec.triage.department],
  });
}

import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { errorCode } from "@poststelle/errors";
import { type ClassifyContext, classifyMail } from "./classify-mail.js";
import type { RoutableMail } from "./types.js";

export interface JsonlSummary {
  /** Non-empty input lines. */
  lines: number;
  classified: number;
  failed: number;
}

export interface JsonlOptions {
  /** Mails classified at once; output keeps the input order. Match the LLM's concurrency. */
  concurrency?: number;
}

type LineResult = Record<string, unknown>;

/**
 * The CLI's batch mode: one JSON mail per input line ({"id","subject","body","from","to"}), one
 * JSON result per output line, in the same order. A bad line yields {"id"?, "error": code} and the
 * run goes on.
 */
export async function classifyJsonl(
  input: Readable,
  output: Writable,
  ctx: ClassifyContext,
  options: JsonlOptions = {},
): Promise<JsonlSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const summary: JsonlSummary = { lines: 0, classified: 0, failed: 0 };
  const pending: Promise<LineResult>[] = [];

  const flushOne = async () => {
    const result = await pending.shift()!;
    if ("error" in result) summary.failed++;
    else summary.classified++;
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      await new Promise<void>((resolve) => output.once("drain", resolve));
    }
  };

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    summary.lines++;
    pending.push(classifyLine(line, ctx));
    if (pending.length >= concurrency) await flushOne();
  }
  while (pending.length > 0) await flushOne();
  return summary;
}

async function classifyLine(line: string, ctx: ClassifyContext): Promise<LineResult> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { error: "input.invalid_json" };
  }
  if (record === null || typeof record !== "object" || Array.isArray(record))
    return { error: "input.invalid_mail" };
  const fields = record as Record<string, unknown>;
  const id = typeof fields["id"] === "string" || typeof fields["id"] === "number" ? fields["id"] : undefined;
  const withId = (result: LineResult): LineResult => (id === undefined ? result : { id, ...result });
  const mail = toRoutableMail(fields);
  if (mail === undefined) return withId({ error: "input.invalid_mail" });
  try {
    const result = await classifyMail(mail, ctx);
    return withId({
      department: result.department,
      intent: result.intent,
      priority: result.priority,
      language: result.language,
      sentiment: result.sentiment,
      confidence: result.confidence,
      decided_by: result.decidedBy,
    });
  } catch (error) {
    return withId({ error: errorCode(error) });
  }
}

function toRoutableMail(fields: Record<string, unknown>): RoutableMail | undefined {
  const { subject, body, from, to } = fields;
  if (subject !== undefined && typeof subject !== "string") return undefined;
  if (body !== undefined && typeof body !== "string") return undefined;
  if (subject === undefined && body === undefined) return undefined;
  if (from !== undefined && typeof from !== "string") return undefined;
  const recipients = typeof to === "string" ? [to] : to === undefined ? [] : to;
  if (!Array.isArray(recipients) || !recipients.every((address) => typeof address === "string"))
    return undefined;
  const fromAddress = from?.trim();
  return {
    subject: subject ?? "",
    body: body ?? "",
    fromAddress,
    fromDomain: fromAddress?.includes("@")
      ? (fromAddress.split("@").pop() ?? "").replace(/>$/, "").toLowerCase()
      : "",
    recipients,
    headers: {},
    attachmentTypes: [],
    automatic: false,
  };
}

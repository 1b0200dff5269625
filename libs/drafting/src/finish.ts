/**
 * The checked LLM answer (checkDraft's text, placeholders already canonical) as it goes into the
 * event: trailing blanks gone, the department's signature below (the prompt tells the model to leave it
 * out, so the signature is always exactly what the config says).
 */
export function finishLlmDraft(text: string, signature: string | undefined): string {
  const body = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const sign = signature?.trim();
  return sign ? `${body}\n${sign}\n` : `${body}\n`;
}

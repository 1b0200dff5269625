import type { DepartmentConfig } from "@poststelle/config";
import type { Classification, MailMasked } from "@poststelle/contracts";

export type DraftLanguage = "de" | "en";

function asDraftLanguage(code: string | undefined): DraftLanguage | undefined {
  const normalized = code?.trim().toLowerCase().slice(0, 2);
  return normalized === "de" || normalized === "en" ? normalized : undefined;
}

/**
 * The department's fixed reply language, else the customer's (as classified, else as hinted by
 * ingest), else German: drafts exist in German and English only.
 */
export function replyLanguageFor(
  department: Pick<DepartmentConfig, "replyLanguage">,
  classification: Pick<Classification, "language"> | undefined,
  mail: Pick<MailMasked, "languageHint">,
): DraftLanguage {
  if (department.replyLanguage !== "auto") return department.replyLanguage;
  return asDraftLanguage(classification?.language) ?? asDraftLanguage(mail.languageHint) ?? "de";
}

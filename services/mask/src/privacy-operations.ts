import { metrics } from "@opentelemetry/api";
import type { KeyedLock } from "@poststelle/async";
import type {
  ForgetRequest,
  ForgetResponse,
  MaskRequest,
  MaskResponse,
  UnmaskRequest,
  UnmaskResponse,
} from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { type CustomPattern, maskText, type ThreadVault, unmaskText } from "@poststelle/pii";
import type { PrivacyOperations } from "@poststelle/runtime";

/** Texts longer than this are refused: masking is linear, but a caller should not stall the vault. */
const MAX_TEXT_CHARS = 1_000_000;

function requireThread(threadId: string): void {
  if (!/^[A-Za-z0-9_.:=-]{1,128}$/.test(threadId)) {
    throw new PermanentError("privacy.bad_thread_id", "thread id missing or not a plain identifier");
  }
}

function requireText(text: string): void {
  if (text.length > MAX_TEXT_CHARS)
    throw new PermanentError("privacy.too_long", `text over ${MAX_TEXT_CHARS} characters`);
}

/** PrivacyService backed by the thread vault: the only place placeholders turn back into values. */
export function privacyOperations(
  vault: ThreadVault,
  lock: KeyedLock,
  patterns: readonly CustomPattern[],
): PrivacyOperations {
  const erasures = metrics.getMeter("@poststelle/mask").createCounter("poststelle_privacy_erasures", {
    description: "Forget requests (GDPR Art. 17), by what they named",
  });
  return {
    async mask(request: MaskRequest): Promise<MaskResponse> {
      requireThread(request.threadId);
      requireText(request.text);
      const language = request.language === "de" || request.language === "en" ? request.language : "auto";
      return lock.run(request.threadId, () =>
        vault.update(request.threadId, (table) => {
          const result = maskText(request.text, table, {
            language,
            knownNames: request.knownNames,
            patterns,
          });
          return { table: result.table, result: { masked: result.masked, entities: result.entities } };
        }),
      );
    },
    async unmask(request: UnmaskRequest): Promise<UnmaskResponse> {
      requireThread(request.threadId);
      for (const text of request.texts) requireText(text);
      const table = await vault.load(request.threadId);
      return {
        texts: request.texts.map((text) => {
          const result = unmaskText(text, table);
          return {
            text: result.text,
            restored: result.restored,
            unknownPlaceholders: result.unknown,
            addressKey: result.restored > 0 ? vault.addressKey(table, result.text) : "",
          };
        }),
      };
    },
    async forget(request: ForgetRequest): Promise<ForgetResponse> {
      const subject = request.subject;
      if (subject?.$case === "emailAddress" || subject?.$case === "threadId") {
        const result =
          subject.$case === "emailAddress"
            ? await vault.forget({ emailAddress: subject.value })
            : await vault.forget({ threadId: subject.value });
        erasures.add(1, { subject: subject.$case === "emailAddress" ? "email_address" : "thread" });
        return result;
      }
      throw new PermanentError("privacy.no_subject", "forget needs an email address or a thread id");
    },
  };
}

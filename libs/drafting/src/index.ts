export {
  checkDraft,
  type DraftCandidate,
  type DraftCheck,
  type DraftCheckContext,
  endsCleanly,
} from "./checks.js";
export { finishLlmDraft } from "./finish.js";
export { type DraftLanguage, replyLanguageFor } from "./language.js";
export {
  placeholdersIn,
  type ResolvedPlaceholders,
  resolvePlaceholders,
  withoutPlaceholders,
} from "./placeholders.js";
export {
  DRAFT_PROMPT_VERSION,
  type DraftPromptInput,
  draftPrompt,
  fenceFor,
  MAX_BODY_CHARS,
  MAX_QUOTED_CHARS,
  type PromptMessage,
} from "./prompt.js";
export { replySubject, stripReplyPrefixes } from "./subject.js";
export {
  BUILT_IN_TEMPLATES,
  type RenderedDraft,
  renderTemplate,
  type TemplateVariables,
  templateDraft,
} from "./templates.js";

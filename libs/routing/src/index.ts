export { type ClassifyContext, classifyMail } from "./classify-mail.js";
export {
  type FallbackClassifier,
  type FallbackPrediction,
  type FallbackTrainingOptions,
  type TrainingExample,
  trainFallbackClassifier,
} from "./fallback-classifier.js";
export { detectIntent, detectPriority, detectSentiment } from "./heuristics.js";
export { classifyJsonl, type JsonlOptions, type JsonlSummary } from "./jsonl.js";
export {
  type EmbeddedClassifierSpec,
  type LabeledMail,
  parseLabeledMails,
  readLabeledMails,
  trainEmbeddedClassifier,
  trainingExamples,
} from "./labeled-mails.js";
export { type LlmClassification, parseClassification } from "./parse-classification.js";
export {
  buildClassifyPrompt,
  CLASSIFY_PROMPT_VERSION,
  type ClassifyPrompt,
  classificationSchema,
  defuse,
} from "./prompt.js";
export { toProtoClassification } from "./proto.js";
export { withoutModelReason } from "./reason.js";
export { globToRegExp, type RuleDecision, routeByRules } from "./rules.js";
export { extractFeatures, normalizeText, routingText, stem, words } from "./text-features.js";
export * from "./types.js";

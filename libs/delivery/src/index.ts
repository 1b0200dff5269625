export { auditRecordOf } from "./audit.js";
export {
  angleId,
  type ComposedMail,
  composeForward,
  composeReply,
  type ForwardInput,
  isMailAddress,
  type ReplyInput,
  replyReferences,
} from "./compose.js";
export {
  type DecisionHeaderInput,
  decidedByLabel,
  decisionHeaders,
  draftSourceLabel,
  PoststelleHeaders,
} from "./headers.js";
export {
  type DeliveryAction,
  deliveryKey,
  draftMessageId,
  forwardMessageId,
  hourWindow,
  recipientRateKey,
} from "./keys.js";
export {
  autoSendApplies,
  type DeliveryPlan,
  type DeliveryStep,
  hasDraft,
  type PlanInput,
  planDelivery,
  type SkippedAction,
} from "./plan.js";
export { type DeliveryRecord, decodeRecord, encodeRecord } from "./records.js";

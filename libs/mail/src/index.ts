export { detectAutomatic, OWN_MAIL_HEADER } from "./automatic.js";
export { type MailLocation, threadIdOf, toIngestedEvent } from "./event.js";
export { messageIdsIn, rawMessageId, threadRootOf } from "./message-id.js";
export {
  type AttachmentInfo,
  type MailAddress,
  type ParsedMail,
  type ParseMailOptions,
  parseMail,
  SELECTED_HEADERS,
} from "./parse.js";
export {
  decodeHeaderBytes,
  firstHeader,
  type HeaderField,
  headerFields,
  headerMap,
  type MailHeaders,
  splitHeaderSection,
} from "./raw-headers.js";
export { type ReplyParts, splitReply } from "./reply-split.js";
export { type MailStructure, structureOf } from "./structure.js";

export { dockerAvailable } from "./containers.js";
export * from "./dovecot.js";
export * from "./imap-session.js";
export * from "./llm.js";
export * from "./nats.js";
export * from "./oauth.js";
export * from "./ports.js";
export * from "./smtp.js";

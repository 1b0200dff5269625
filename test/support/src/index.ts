export * from "./nats.js";
export * from "./dovecot.js";
export * from "./smtp.js";
export * from "./llm.js";
export * from "./ports.js";

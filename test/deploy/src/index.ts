export { generatedFiles } from "./generated-files.js";
export * from "./nats-conf.js";
export * from "./nats-permissions.js";

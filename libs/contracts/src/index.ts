export { Timestamp } from "./gen/google/protobuf/timestamp.js";
export * from "./gen/poststelle/v1/events.js";
export * from "./gen/poststelle/v1/mail.js";
export * from "./gen/poststelle/v1/privacy.js";
export * from "./ids.js";
export * from "./topology.js";

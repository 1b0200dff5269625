/** Helpers the end-to-end tests and the benchmark share: generated mail, the config, probes. */
export { type ChildPoststelle, startChildPoststelle } from "./child-poststelle.js";
export { classifyByTopic, politeDraft, workingModel } from "./llm-answers.js";
export * from "./mails.js";
export { type PipelineConfig, type PipelineEndpoints, writePipelineConfig } from "./pipeline-config.js";
export * from "./probes.js";

export {
  DEFAULTS_FILE,
  defaultConfig,
  type LoadConfigOptions,
  loadConfig,
  type ParseConfigOptions,
  parseConfig,
} from "./load.js";
export { TEMPLATE_VARIABLES } from "./schema-routing.js";
export { Secret } from "./secret.js";
export type * from "./types.js";

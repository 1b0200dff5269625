export {
  DEFAULTS_FILE,
  defaultConfig,
  type LoadConfigOptions,
  loadConfig,
  type ParseConfigOptions,
  parseConfig,
} from "./load.js";
export { TEMPLATE_VARIABLES } from "./schema-routing.js";
export { SECRET_SCOPES, SECRETS_BY_SERVICE, Secret, type SecretScope } from "./secret.js";
export type * from "./types.js";

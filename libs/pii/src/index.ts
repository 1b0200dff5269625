export { detectEntities } from "./detect.js";
export { compileRegExpsAtOnce } from "./engine.js";
export {
  ALL_ENTITY_TYPES,
  EntityType,
  entityTypeFromName,
  entityTypeName,
  STRUCTURED_TYPES,
} from "./entity-types.js";
export { type MaskJsonlOptions, type MaskJsonlSummary, maskJsonl } from "./jsonl.js";
export { type MaskedEntity, type MaskResult, maskText } from "./mask.js";
export { MemoryVaultStorage } from "./memory-storage.js";
export { type PlaceholderEntry, PlaceholderTable, type PlaceholderTableJson } from "./placeholder-table.js";
export {
  type ForgetResult,
  type ForgetSubject,
  ThreadVault,
  VAULT_CONFLICT,
  type VaultStorage,
} from "./thread-vault.js";
export type { CustomPattern, DetectedEntity, DetectOptions } from "./types.js";
export { type UnmaskResult, unmaskText } from "./unmask.js";
export { openSealed, sealValue, VaultKey } from "./vault-key.js";

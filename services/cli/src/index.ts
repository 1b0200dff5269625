export { LOCAL_VAULT_KEY_FILE, withLocalVaultKey } from "./local-vault-key.js";
export { main, runFromProcess } from "./main.js";
export { type PoststelleProcess, type StartOptions, startPoststelle } from "./process.js";

// What the binary sets up before it runs anything, for whoever starts Poststelle in a process of
// its own making (the pipeline bench).
export { compileRegExpsAtOnce } from "@poststelle/pii";
export { LOCAL_VAULT_KEY_FILE, withLocalVaultKey } from "./local-vault-key.js";
export { main, runFromProcess } from "./main.js";
export { type PoststelleProcess, type StartOptions, startPoststelle } from "./process.js";

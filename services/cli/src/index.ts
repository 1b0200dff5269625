export { main, runFromProcess } from "./main.js";
export {
  type PoststelleProcess,
  type StartOptions,
  startPoststelle,
  withEphemeralVaultKey,
} from "./process.js";

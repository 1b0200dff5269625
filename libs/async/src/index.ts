export { KeyedLock } from "./keyed-lock.js";
export { Semaphore } from "./semaphore.js";

export { main, runFromProcess } from "./main.js";

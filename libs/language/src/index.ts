export { detectLanguage, type Language, likelyLanguage } from "./language.js";

export { detectLanguage, foldUmlauts, type Language, likelyLanguage } from "./language.js";

export { imapOptionsFor, readAccessToken, smtpOptionsFor } from "./login.js";

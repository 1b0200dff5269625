import { AutomaticKind } from "@poststelle/contracts";
import type { Expectation } from "./corpus-expectation.js";

const PNG_SHA256 = "497790947d4666760ce38f3c00e852c71fdb66cae849bae8e9ede352719e1581";
const PDF_SHA256 = "56c2ac043c28d3543275a6f50b593a6beb0b6888ed8159ac02e3e7f4a32ccb26";
const { AUTOMATIC_KIND_NONE: NONE, AUTOMATIC_KIND_BOUNCE: BOUNCE, AUTOMATIC_KIND_BULK: BULK } = AutomaticKind;
const { AUTOMATIC_KIND_AUTO_SUBMITTED: AUTO_SUBMITTED, AUTOMATIC_KIND_OWN: OWN } = AutomaticKind;

/** Fixtures about structure: attachments, nested messages, automatic mail, broken MIME. */
export const STRUCTURE_CORPUS: Expectation[] = [
  {
    file: "20-forward-as-attachment.eml",
    language: "en",
    body: ["Please see the attached message, the amount is wrong."],
    notInBody: ["This is the original message."],
    attachments: [{ filename: "Original invoice.eml", contentType: "message/rfc822" }],
  },
  {
    file: "21-nested-rfc822-inline.eml",
    language: "",
    body: ["Forwarding a forwarded mail.", "Middle text.", "Innermost text."],
  },
  {
    file: "22-attachments-pdf-image.eml",
    language: "de",
    body: ["Anbei die Rechnung und ein Foto des Schadens:"],
    attachments: [
      { filename: "schaden.png", contentType: "image/png", sizeBytes: 70, sha256: PNG_SHA256 },
      { filename: "Rechnung.pdf", contentType: "application/pdf", sizeBytes: 77, sha256: PDF_SHA256 },
    ],
  },
  {
    file: "23-rfc2231-filename.eml",
    language: "",
    body: ["Siehe Anhang."],
    attachments: [{ filename: "Rechnung März 2024.pdf", contentType: "application/pdf", sha256: PDF_SHA256 }],
  },
  {
    file: "24-huge-attachment.eml",
    maxBytes: 1_000_000,
    language: "",
    body: ["Scan attached."],
    attachments: [
      {
        filename: "scan.bin",
        contentType: "application/octet-stream",
        sizeBytes: 307_200,
        sha256: "1eaeb62571c2a3ea90b561f4ba14dad0ba99fd4a3ed32cd71dcf21b801e02b70",
      },
    ],
  },
  { file: "24-huge-attachment.eml", maxBytes: 256 * 1024, error: "mail.too_large" },
  {
    file: "25-dsn-bounce.eml",
    automatic: BOUNCE,
    language: "en",
    body: ["your message could not be delivered", "Status: 5.1.1"],
    attachments: [{ contentType: "text/rfc822-headers" }],
    headers: { "auto-submitted": "auto-replied" },
  },
  {
    file: "26-out-of-office-de.eml",
    automatic: AUTO_SUBMITTED,
    language: "de",
    body: ["Ich bin bis zum 8. April nicht im Büro"],
    headers: { "auto-submitted": "auto-replied", precedence: "bulk" },
  },
  {
    file: "27-exchange-ooo-en.eml",
    automatic: AUTO_SUBMITTED,
    language: "en",
    body: ["I am out of the office until Monday"],
    headers: { "x-auto-response-suppress": "All" },
  },
  {
    file: "28-mailing-list.eml",
    automatic: BULK,
    language: "",
    body: ["Let us plan the release for next month."],
    headers: { "list-id": "Developer discussion <dev-list.lists.example.org>", precedence: "list" },
  },
  {
    file: "29-newsletter-bulk.eml",
    automatic: BULK,
    language: "de",
    body: ["Nur diese Woche: 20 % auf alles."],
    headers: { precedence: "bulk" },
  },
  {
    file: "30-own-draft.eml",
    automatic: OWN,
    language: "de",
    body: ["Guten Tag, Ihre Bestellung ist unterwegs."],
    headers: { "x-poststelle-mail-id": "m_AbCdEfGhIjKlMnOpQrStUv", "x-poststelle-department": "orders" },
  },
  {
    file: "31-auto-submitted-no.eml",
    automatic: NONE,
    language: "de",
    body: ["Haben Sie meine letzte Nachricht erhalten?"],
    headers: { "auto-submitted": "no" },
  },
  {
    file: "32-mdn-read-receipt.eml",
    automatic: BOUNCE,
    language: "de",
    body: ["Ihre Nachricht wurde gelesen."],
    attachments: [{ contentType: "message/disposition-notification" }],
  },
  { file: "33-malformed-not-a-mail.eml", error: "mail.malformed" },
  { file: "34-malformed-multipart-no-boundary.eml", error: "mail.malformed" },
  { file: "35-malformed-boundary-not-in-body.eml", error: "mail.malformed" },
];

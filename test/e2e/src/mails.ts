/*
 * Generated customer mail for the end-to-end runs: seeded, so every run appends the same mails.
 * Each mail names its department with a topic line that the test LLM reads back, so the test
 * knows what the pipeline should decide without trusting any of the pipeline's own code.
 */

export const MAILBOX_ADDRESS = "service@example.com";

/** Department id → the topic word a mail for it carries (German, English). */
export const TOPICS: Readonly<Record<string, readonly [string, string]>> = {
  orders: ["Lieferstatus", "delivery"],
  returns: ["Rücksendung", "return"],
  billing: ["Rechnung", "invoice"],
  technical: ["Gerätefehler", "malfunction"],
  complaints: ["Beschwerde", "complaint"],
  privacy: ["Datenschutz", "privacy"],
  sales: ["Angebot", "quote"],
  general: ["Lob", "praise"],
};

/** The department a topic word stands for, as the test LLM decides it. */
export function departmentForTopic(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [id, words] of Object.entries(TOPICS))
    if (words.some((w) => w.toLowerCase() === lower)) return id;
  return undefined;
}

/** Personal data seeded into a mail; none of it may show up outside zone P. */
export interface Canary {
  firstName: string;
  lastName: string;
  address: string;
  iban: string;
  phone: string;
}

export interface GeneratedMail {
  index: number;
  messageId: string;
  department: string;
  language: "de" | "en";
  /** Auto-Submitted or Precedence: bulk: routed, never drafted. */
  automatic: boolean;
  senderAddress: string;
  canary: Canary | undefined;
  raw: string;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ["Hannelore", "Friedemann", "Ottilie", "Waltraud", "Gottfried", "Rosalinde", "Leopold"];
const SURNAME_STEMS = ["Quast", "Brummel", "Fenster", "Zwirbel", "Knorr", "Plätt", "Wummer", "Trossel"];
const SURNAME_ENDS = ["berger", "hagen", "meier", "städter", "linger", "mann"];

/** A German IBAN with a valid ISO 13616 checksum for an account number derived from n. */
export function germanIban(n: number): string {
  const bban = `37040044${String(532013000 + n * 7919).padStart(10, "0")}`;
  const digits = `${bban}131400`; // "DE" = 13 14, check digits 00
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  const check = String(98 - rest).padStart(2, "0");
  const iban = `DE${check}${bban}`;
  return iban.replace(/(.{4})/g, "$1 ").trim();
}

export function canaryFor(n: number): Canary {
  const firstName = FIRST_NAMES[n % FIRST_NAMES.length]!;
  const lastName = `${SURNAME_STEMS[n % SURNAME_STEMS.length]}${SURNAME_ENDS[(n * 5) % SURNAME_ENDS.length]}${"xyzq"[n % 4]}`;
  const phoneTail = String(4_000_000 + n * 1237).padStart(7, "0");
  return {
    firstName,
    lastName,
    address: `${firstName.toLowerCase()}.${lastName.toLowerCase().replace(/ä/g, "ae")}@posteo.example`,
    iban: germanIban(n),
    phone: `+49 171 ${phoneTail}`,
  };
}

/** The strings a leak check looks for: each canary value in the forms it might be written. */
export function canaryNeedles(canary: Canary): string[] {
  return [
    canary.lastName,
    canary.address,
    canary.iban,
    canary.iban.replace(/ /g, ""),
    canary.phone,
    canary.phone.replace(/ /g, ""),
  ];
}

function body(topic: string, language: "de" | "en", index: number, canary: Canary | undefined): string {
  const sign = canary
    ? `${canary.firstName} ${canary.lastName}`
    : language === "de"
      ? "Ein Kunde"
      : "A customer";
  const lines =
    language === "de"
      ? [
          canary ? `Guten Tag, hier schreibt ${canary.firstName} ${canary.lastName}.` : "Guten Tag,",
          "",
          `Thema: ${topic}`,
          `ich habe eine Frage zu meinem Anliegen Nummer ${index}. Können Sie mir bitte helfen?`,
          ...(canary
            ? [
                `Meine IBAN lautet ${canary.iban}, Sie erreichen mich unter ${canary.phone}.`,
                `Bitte antworten Sie an ${canary.address}.`,
              ]
            : []),
          "",
          "Mit freundlichen Grüßen",
          sign,
        ]
      : [
          canary ? `Hello, this is ${canary.firstName} ${canary.lastName}.` : "Hello,",
          "",
          `Topic: ${topic}`,
          `I have a question about my request number ${index}. Could you please help?`,
          ...(canary
            ? [
                `My IBAN is ${canary.iban} and you can call me on ${canary.phone}.`,
                `Please reply to ${canary.address}.`,
              ]
            : []),
          "",
          "Kind regards",
          sign,
        ];
  return lines.join("\r\n");
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Every n-th mail is automatic; 0 = none. */
  automaticEvery?: number;
  /** Every n-th mail carries a canary; 0 = none. */
  canaryEvery?: number;
  /** Distinguishes runs in Message-IDs. */
  tag?: string;
}

export function generateMails(options: GenerateOptions): GeneratedMail[] {
  const random = seededRandom(options.seed);
  const departments = Object.keys(TOPICS);
  const mails: GeneratedMail[] = [];
  for (let index = 1; index <= options.count; index++) {
    const department = departments[Math.floor(random() * departments.length)]!;
    const language = random() < 0.6 ? "de" : "en";
    const automatic = options.automaticEvery ? index % options.automaticEvery === 0 : false;
    const canary = options.canaryEvery && index % options.canaryEvery === 1 ? canaryFor(index) : undefined;
    const topic = TOPICS[department]![language === "de" ? 0 : 1];
    const messageId = `gen-${options.tag ?? "e2e"}-${options.seed}-${index}@kunden.example`;
    const senderAddress = canary?.address ?? `kunde${index}@kunden.example`;
    const from = canary ? `${canary.firstName} ${canary.lastName} <${canary.address}>` : `<${senderAddress}>`;
    const subject = language === "de" ? `Frage ${index}: ${topic}` : `Question ${index}: ${topic}`;
    const headers = [
      `From: ${from}`,
      `To: ${MAILBOX_ADDRESS}`,
      `Subject: ${subject}`,
      `Message-ID: <${messageId}>`,
      "Date: Mon, 03 Mar 2025 09:15:00 +0100",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      ...(automatic ? [index % 2 === 0 ? "Auto-Submitted: auto-generated" : "Precedence: bulk"] : []),
    ];
    const raw = `${headers.join("\r\n")}\r\n\r\n${body(topic, language, index, canary)}\r\n`;
    mails.push({ index, messageId, department, language, automatic, senderAddress, canary, raw });
  }
  return mails;
}

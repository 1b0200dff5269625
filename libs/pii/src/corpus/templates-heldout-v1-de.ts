import { mail, pii } from "./annotated.js";
import { type MailContext, P, type Part } from "./context.js";

// Held-out v1 templates (German). Used up: measured blind once, then its per-type results
// guided new dev examples. Kept so that the first measurement stays reproducible.

export const V1_DE_GREETINGS: Part[] = [
  () => mail`Moin,\n\n`,
  ({ agent }) =>
    mail`Liebe${agent.female ? "" : "r"} ${agent.anrede === "Frau" ? "Frau" : "Herr"} ${P(agent.last)},\n\n`,
  ({ agent }) =>
    mail`Guten Morgen ${agent.anrede} ${agent.title.length > 0 ? `${agent.title} ` : ""}${P(agent.last)},\n\n`,
  () => mail`Hallo liebes Team,\n\n`,
  ({ agent }) => mail`Servus ${P(agent.first)},\n\n`,
  () => mail``,
];

export const V1_DE_BODIES: Part[] = [
  ({ v, customer }) =>
    mail`bei Auftrag ${pii("ORDER_NUMBER", v.orderNumber())} wurde die falsche Farbe geliefert. Kunden-Nr. ${pii("CUSTOMER_NUMBER", v.customerNumber())}.\n\nLieferanschrift:\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("de", true))}\n\nBitte holen Sie die Ware ab, ich bin werktags ab 17 Uhr zuhause.\n\n`,
  ({ v, other }) =>
    mail`gestern hatte ich einen Auffahrunfall. Police-Nr. ${pii("CONTRACT_NUMBER", v.contractNumber())}, amtliches Kennzeichen meines Wagens: ${pii("LICENSE_PLATE", v.plate())}.\nUnfallgegner war ${P(other.full)}, Telefon ${pii("PHONE", v.phone("de"))}, Kennzeichen ${pii("LICENSE_PLATE", v.plate())}. Die Polizei hat den Unfall am ${v.plainDate("de")} aufgenommen.\n\n`,
  ({ v, customer }) =>
    mail`anbei mein Zählerstand vom ${v.plainDate("de")}: 48213 kWh. Vertragskonto ${pii("CONTRACT_NUMBER", v.contractNumber())}. Der Abschlag von ${v.amount("de")} soll künftig von folgendem Konto eingezogen werden:\nKontoinhaberin: ${P(customer.full)}\n${pii("IBAN", v.iban())}\nKreditinstitut: Sparkasse\n\n`,
  ({ v, customer }) =>
    mail`hier mein ausgefüllter Personalbogen:\n\nName, Vorname: ${P(`${customer.last}, ${customer.first}`)}\ngeb. am ${pii("DATE_OF_BIRTH", v.birthDate("de"))}\nAnschrift: ${pii("STREET_ADDRESS", v.address("de", false))}\nSV-Nummer: ${pii("SOCIAL_SECURITY", v.rentenNummer(customer))}\nSteuer-IdNr.: ${pii("TAX_ID", v.steuerId())}\nBankverbindung: ${pii("IBAN", v.iban())}\n\n`,
  ({ v, other }) =>
    mail`ich muss mich leider über Ihren Mitarbeiter beschweren. ${other.anrede} ${P(other.last)} war am Telefon sehr unfreundlich und hat einfach aufgelegt. Meine Tochter ${P(v.person("de").first)} war Zeugin. So geht man nicht mit Kunden um!\n\n`,
  ({ v, customer }) =>
    mail`für den Termin in der Praxis hier die Daten der Patientin: ${P(customer.full)}, geb. ${pii("DATE_OF_BIRTH", v.birthDate("de"))}, Versichertennummer ${pii("SOCIAL_SECURITY", `${v.pick(["A", "K", "M", "T"])}${v.digits(9)}`)}. Rückruf bitte unter ${pii("PHONE", v.phone("de"))}.\n\n`,
  ({ v, customer }) =>
    mail`die neuen Zugangsdaten für das Portal:\nBenutzer: ${pii("EMAIL", v.email(customer))}\nKennwort: ${pii("SECRET", v.password())}\nDer Einmalcode lautet ${pii("SECRET", v.otp())}. Bitte nach der ersten Anmeldung ändern.\n\n`,
  ({ v, customer }) =>
    mail`als Mieterin der Wohnung in der ${pii("STREET_ADDRESS", v.street("de"))}, 3. OG links, melde ich einen Wasserschaden. Der Hausmeister ${P(v.person("de").full)} weiß Bescheid. Mein Mietvertrag läuft unter ${pii("CONTRACT_NUMBER", v.contractNumber())} auf ${P(customer.full)}.\n\n`,
  ({ v }) =>
    mail`zur Einkommensteuererklärung: Steuernummer ${pii("TAX_ID", `${v.digits(3)}/${v.digits(3)}/${v.digits(5)}`)}, Identifikationsnummer ${pii("TAX_ID", v.steuerId())}. Den Bescheid vom ${v.plainDate("de")} lege ich bei.\n\n`,
  ({ v }) =>
    mail`ich schicke den Artikel zurück. Retourennummer ${pii("ORDER_NUMBER", v.orderNumber())}, Sendungsnummer ${pii("ORDER_NUMBER", v.digits(20))}. Das Paket 2 von 3 ist noch unterwegs. Die Erstattung bitte auf die Kreditkarte ${pii("CREDIT_CARD", v.card())}.\n\n`,
  ({ v, company }) =>
    mail`vielen Dank für das nette Gespräch am Montag. Wie besprochen treffen wir uns am ${v.plainDate("de")} um 14 Uhr in Raum 4.12 bei ${company.name}. Bitte bringen Sie die Unterlagen zum Tarif M mit. Ich freue mich!\n\n`,
  ({ v }) =>
    mail`für die Kontoeröffnung: Reisepass Nr. ${pii("ID_DOCUMENT", v.idDocument())}, ausgestellt in Hamburg. Führerscheinnummer ${pii("ID_DOCUMENT", v.idDocument())}.\n\n`,
  ({ v }) =>
    mail`die Zahlung per Karte ist fehlgeschlagen. Kartennummer: ${pii("CREDIT_CARD", v.card())}, gültig bis 12/27, Prüfnummer ${pii("SECRET", v.cvc())}. Rechnungs-Nr. ${pii("INVOICE_NUMBER", v.invoiceNumber())}.\n\n`,
  ({ v, other }) =>
    mail`meine Kollegin ${P(other.first)} ${P(other.last)} hat Ihnen gestern die Unterlagen zur Schaden-Nr. ${pii("CLAIM_NUMBER", v.claimNumber())} geschickt. Die Rechnung der Werkstatt liegt bei, Aktenzeichen ${pii("TICKET_NUMBER", v.ticketNumber())}.\n\n`,
  ({ v }) =>
    mail`bitte sperren Sie meinen Zugang. Jemand hat sich von ${pii("IP_ADDRESS", v.ipv4())} aus eingeloggt und die Lieferadresse geändert auf ${pii("STREET_ADDRESS", v.address("de", false))}. Vorgangs-Nr. ${pii("TICKET_NUMBER", v.ticketNumber())}.\n\n`,
];

export const V1_DE_SIGNATURES: Part[] = [
  ({ customer, company }) =>
    mail`Herzliche Grüße aus ${company.city === "Hamburg" ? "Bremen" : "Hamburg"}\n${P(customer.first)}`,
  ({ customer }) => mail`Mit besten Grüßen\n\n${P(customer.full)}\nEinkauf`,
  ({ customer }) => mail`Schöne Grüße,\n${P(customer.full)}`,
  ({ v, customer }) =>
    mail`Danke!\n${P(customer.first)}\n\nGesendet von meinem iPhone\n${pii("PHONE", v.phone("de"))}`,
  ({ customer }) => mail`Liebe Grüße\n${P(customer.first)}`,
  ({ v, customer }) =>
    mail`Freundlichst\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("de", true))}\nE-Mail: ${pii("EMAIL", v.email(customer))}\nFon ${pii("PHONE", v.phone("de"))}`,
];

export const V1_DE_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\nAm Di., ${ctx.v.plainDate("de")} um 10:15 Uhr schrieb ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.email(ctx.agent))}>:\n> Hallo ${ctx.customer.anrede} ${P(ctx.customer.last)},\n> ich melde mich, sobald ich Neuigkeiten habe.\n> ${P(ctx.agent.first)}`,
  (ctx: MailContext) =>
    mail`\n\nVon: ${ctx.company.name} Kundenservice [mailto:${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}]\nGesendet: Montag, ${ctx.v.plainDate("de")}\nAn: ${pii("EMAIL", ctx.v.email(ctx.customer))}\nBetreff: Ihre Reklamation ${pii("TICKET_NUMBER", ctx.v.ticketNumber())}\n\nSehr geehrte Kundin, sehr geehrter Kunde,\nwir bearbeiten Ihr Anliegen.\ni.A. ${P(ctx.agent.full)}`,
];

export const V1_DE_FOOTERS: Part[] = [
  ({ v, company, other }) =>
    mail`\n\n${company.name}\nSitz: ${company.city} | Vorstand: ${P(other.full)}\nSt.-Nr. ${pii("TAX_ID", `${v.digits(2)}/${v.digits(3)}/${v.digits(5)}`)}`,
  () => mail``,
  () => mail``,
];

import { mail, pii } from "./annotated.js";
import { type MailContext, P, type Part } from "./context.js";

// Held-out v2 templates (German): written after v1 was used up, with phrasings, layouts and
// keywords found neither in the dev templates nor in v1. Never tuned on.

export const HO_DE_GREETINGS: Part[] = [
  () => mail`Hi,\n\n`,
  ({ company }) => mail`Sehr geehrtes Team von ${company.name},\n\n`,
  ({ agent }) => mail`Hallo ${agent.anrede} ${P(agent.last)},\n\n`,
  ({ agent }) => mail`Guten Tag ${P(agent.full)},\n\n`,
  ({ agent }) => mail`Lieber ${P(agent.first)},\n\n`,
  () => mail``,
];

export const HO_DE_BODIES: Part[] = [
  ({ v, customer }) =>
    mail`ich habe am ${v.plainDate("de")} über Ihren Shop bestellt (Bestell-ID ${pii("ORDER_NUMBER", v.orderNumber())}), geliefert wurde aber nur die Hälfte. Mein Kundenkonto läuft auf ${pii("EMAIL", v.email(customer))}. Bitte rufen Sie mich zurück: ${pii("PHONE", v.phone("de"))}.\n\n`,
  ({ v }) =>
    mail`zum ${v.plainDate("de")} ziehe ich um. Ab dann gilt die neue Anschrift ${pii("STREET_ADDRESS", `${v.street("de")}, ${v.cityLine("de")}`)}. Meine Vertragsnummer lautet ${pii("CONTRACT_NUMBER", v.contractNumber())}; die Schlussrechnung schicken Sie bitte an die neue Adresse.\n\n`,
  ({ v, other }) =>
    mail`wir melden einen Wasserschaden bei Ihrem Versicherungsnehmer ${P(other.full)}. Passiert ist es am ${v.plainDate("de")} gegen 23 Uhr. Schaden-Nummer: ${pii("CLAIM_NUMBER", v.claimNumber())}, Versicherungsschein-Nr. ${pii("CONTRACT_NUMBER", v.contractNumber())}.\n\n`,
  ({ v, customer }) =>
    mail`bitte überweisen Sie die Erstattung an ${P(customer.full)}, IBAN ${pii("IBAN", v.iban())}, BIC ${pii("BIC", v.bic())}. Als Verwendungszweck bitte die Rechnungsnummer ${pii("INVOICE_NUMBER", v.invoiceNumber())} angeben.\n\n`,
  ({ v, customer }) =>
    mail`anbei meine Daten für die Lohnabrechnung: Identifikationsnummer ${pii("TAX_ID", v.steuerId())}, Rentenversicherungs-Nr. ${pii("SOCIAL_SECURITY", v.rentenNummer(customer))}, Krankenkasse AOK, Geburtsdatum ${pii("DATE_OF_BIRTH", v.birthDate("de"))}.\n\n`,
  ({ v }) =>
    mail`mein Anschluss ist seit dem ${v.plainDate("de")} gestört. Kundennummer ${pii("CUSTOMER_NUMBER", v.customerNumber())}, Auftragsnummer ${pii("ORDER_NUMBER", v.orderNumber())}. Der Techniker soll sich bitte vorher unter ${pii("PHONE", v.phone("de"))} melden, ich bin nur vormittags da.\n\n`,
  ({ v, other, agent }) =>
    mail`meine Frau ${P(other.first)} hat gestern mit Ihrer Kollegin, Frau ${P(agent.last)}, telefoniert. Dabei wurde uns eine Gutschrift von ${v.amount("de")} zugesagt, die bis heute fehlt.\n\n`,
  ({ v, customer }) =>
    mail`die Zugangsdaten für ${P(customer.full)}: Login ${pii("EMAIL", v.email(customer))}, vorläufiges Passwort ${pii("SECRET", v.password())}. Die PIN für die App lautet ${pii("SECRET", v.otp())}.\n\n`,
  ({ v, customer, company }) =>
    mail`bitte liefern Sie an meine Arbeitsstelle: ${company.name}, z. Hd. ${P(customer.full)}, ${pii("STREET_ADDRESS", `${v.street("de")}, ${v.cityLine("de")}`)}. Dort ist werktags jemand am Empfang.\n\n`,
  ({ v }) =>
    mail`vielen Dank für die schnelle Lieferung am ${v.plainDate("de")}! Die 3 Kartons kamen unbeschädigt an und der Preis von ${v.amount("de")} war fair. Im Juli bestellen wir bestimmt wieder, vielleicht schon Anfang August.\n\n`,
  ({ v }) =>
    mail`für die Verifizierung habe ich Vorder- und Rückseite meines Ausweises hochgeladen, die Ausweisnummer ist ${pii("ID_DOCUMENT", v.idDocument())}. Mein Reisepass (Nr. ${pii("ID_DOCUMENT", v.idDocument())}) läuft leider bald ab.\n\n`,
  ({ v }) =>
    mail`Bezug: Ticket-ID ${pii("TICKET_NUMBER", v.ticketNumber())}. Das Problem ist leider immer noch nicht gelöst, der Drucker zeigt weiter Fehler E-104 an.\n\n`,
  ({ v }) =>
    mail`der Server ${pii("IP_ADDRESS", v.ipv4())} antwortet seit heute Nacht nicht mehr. Ich komme auch nicht über ${pii("URL", v.personalUrl())} rein. Unsere Statusseite ${v.plainUrl()} zeigt alles grün.\n\n`,
  ({ v, customer }) =>
    mail`ich bin am ${pii("DATE_OF_BIRTH", v.birthDate("de"))} geboren und wohne seit Kurzem in der ${pii("STREET_ADDRESS", v.street("de"))}. Bitte korrigieren Sie das in meinem Kundenprofil, mein Name ist ${P(customer.full)}.\n\n`,
  ({ v }) =>
    mail`das Auto mit dem amtlichen Kennzeichen ${pii("LICENSE_PLATE", v.plate())} wurde am ${v.plainDate("de")} geblitzt, der Bußgeldbescheid hat das Aktenzeichen ${pii("TICKET_NUMBER", v.ticketNumber())}. Ich war zu der Zeit aber im Urlaub.\n\n`,
  ({ v }) =>
    mail`meine Umsatzsteuer-ID hat sich geändert, sie lautet jetzt ${pii("VAT_ID", v.vatId())}. Bitte stellen Sie die Rechnungen ab Rechnung ${pii("INVOICE_NUMBER", v.invoiceNumber())} entsprechend aus.\n\n`,
];

export const HO_DE_SIGNATURES: Part[] = [
  ({ customer }) => mail`Mit freundlichem Gruß\n${P(customer.full)}`,
  ({ v, customer, company }) =>
    mail`Beste Grüße\n${P(customer.first)} ${P(customer.last)}\n${company.name}\nTel. ${pii("PHONE", v.phone("de"))} | Fax ${pii("PHONE", v.phone("de"))}`,
  ({ customer }) => mail`VG ${P(customer.first)}`,
  ({ customer }) => mail`Schönen Gruß\n${P(customer.first)}`,
  ({ v, customer }) =>
    mail`Mit herzlichen Grüßen\n\n${customer.title.length > 0 ? `${customer.title} ` : ""}${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("de", true))}`,
  ({ v, customer }) => mail`Grüße\n${P(customer.full)}\nMobil ${pii("PHONE", v.phone("de"))}`,
];

export const HO_DE_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\n> Am ${ctx.v.plainDate("de")} schrieb ${P(ctx.agent.full)}:\n> Sehr geehrte${ctx.customer.female ? "" : "r"} ${ctx.customer.anrede} ${P(ctx.customer.last)},\n> bitte senden Sie uns noch eine Kopie der Rechnung.\n> Freundliche Grüße, ${P(ctx.agent.full)}`,
  (ctx: MailContext) =>
    mail`\n\n-------- Original-Nachricht --------\nBetreff: Ihre Anfrage\nDatum: ${ctx.v.plainDate("de")}\nVon: ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.email(ctx.agent))}>\nAn: ${pii("EMAIL", ctx.v.email(ctx.customer))}\n\nHallo ${P(ctx.customer.first)}, wir melden uns in Kürze. ${P(ctx.agent.first)}`,
];

export const HO_DE_FOOTERS: Part[] = [
  ({ v, company, other }) =>
    mail`\n\n${company.name} | Sitz ${company.city} | Registergericht ${company.city} HRB ${String(v.int(1000, 99999))} | Geschäftsführung: ${P(other.full)}`,
  () =>
    mail`\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.`,
  () => mail``,
  () => mail``,
];

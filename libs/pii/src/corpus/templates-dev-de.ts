import { mail, pii } from "./annotated.js";
import { germanSalutation, type MailContext, P, type Part, titled } from "./context.js";

// Dev templates (German). The held-out set uses other templates in templates-heldout-*.ts.

export const DE_GREETINGS: Part[] = [
  () => mail`Sehr geehrte Damen und Herren,\n\n`,
  ({ agent }) => mail`${germanSalutation(agent)},\n\n`,
  ({ agent }) => mail`Hallo ${P(agent.first)},\n\n`,
  () => mail`Guten Tag,\n\n`,
  ({ agent }) => mail`Guten Tag ${agent.anrede} ${P(agent.last)},\n\n`,
  () => mail`Hallo zusammen,\n\n`,
  () => mail`Liebes Kundenservice-Team,\n\n`,
];

export const DE_BODIES: Part[] = [
  ({ v, company }) =>
    mail`meine Bestellung ${pii("ORDER_NUMBER", v.orderNumber())} vom ${v.plainDate("de")} ist leider immer noch nicht angekommen. Laut Sendungsverfolgung liegt das Paket seit Tagen im Depot. Meine Kundennummer lautet ${pii("CUSTOMER_NUMBER", v.customerNumber())}.\nKönnen Sie bitte prüfen, wo der ${company.product} bleibt? Ich habe ${v.amount("de")} bereits bezahlt.\n\n`,
  ({ v }) =>
    mail`zu Ihrer Rechnung Nr. ${pii("INVOICE_NUMBER", v.invoiceNumber())} habe ich eine Frage: Der Betrag von ${v.amount("de")} wurde doppelt abgebucht. Bitte erstatten Sie den zu viel gezahlten Betrag auf mein Konto, IBAN ${pii("IBAN", v.iban())}.\n\n`,
  ({ v, customer }) =>
    mail`hiermit kündige ich meinen Vertrag (Vertragsnummer: ${pii("CONTRACT_NUMBER", v.contractNumber())}) fristgerecht zum nächstmöglichen Termin.\nZur Identifikation: ${P(customer.full)}, geboren am ${pii("DATE_OF_BIRTH", v.birthDate("de"))}, wohnhaft ${pii("STREET_ADDRESS", v.address("de", false))}.\nBitte bestätigen Sie mir die Kündigung schriftlich.\n\n`,
  ({ v }) =>
    mail`ich möchte einen Schaden melden. Am ${v.plainDate("de")} wurde mein Fahrzeug mit dem Kennzeichen ${pii("LICENSE_PLATE", v.plate())} auf dem Parkplatz beschädigt. Meine Versicherungsnummer ist ${pii("CONTRACT_NUMBER", v.contractNumber())}, die Schadennummer aus dem Telefonat lautet ${pii("CLAIM_NUMBER", v.claimNumber())}.\nSie erreichen mich unter ${pii("PHONE", v.phone("de"))}.\n\n`,
  ({ v }) =>
    mail`bitte ändern Sie meine Anschrift. Neue Adresse ab dem ${v.plainDate("de")}:\n${pii("STREET_ADDRESS", v.address("de", true))}\n\nDie alte Adresse war ${pii("STREET_ADDRESS", v.address("de", false))}. Kundennr.: ${pii("CUSTOMER_NUMBER", v.customerNumber())}\n\n`,
  ({ v, customer }) =>
    mail`ich komme nicht mehr in mein Kundenkonto. Mein Benutzername ist ${pii("EMAIL", v.email(customer))}, das Passwort: ${pii("SECRET", v.password())}\nDer Bestätigungscode ${pii("SECRET", v.otp())} wird angeblich ungültig. Der Login kam laut Meldung von der IP ${pii("IP_ADDRESS", v.ipv4())}. Ticket ${pii("TICKET_NUMBER", v.ticketNumber())} ist schon offen.\n\n`,
  ({ v, customer }) =>
    mail`anbei das SEPA-Lastschriftmandat. Kontoinhaber: ${P(customer.full)}\nIBAN: ${pii("IBAN", v.iban())}\nBIC: ${pii("BIC", v.bic())}\nMandatsreferenz: ${pii("CONTRACT_NUMBER", v.contractNumber())}\n\n`,
  ({ v, other }) =>
    mail`für unseren Mandanten ${P(other.full)} benötigen wir noch die Steuer-ID und die Steuernummer. Uns liegt bisher nur die Steuer-ID ${pii("TAX_ID", v.steuerId())} vor. Die USt-IdNr. der Firma lautet ${pii("VAT_ID", v.vatId())}.\nHerr ${P(other.last)} ist telefonisch unter ${pii("PHONE", v.phone("de"))} erreichbar.\n\n`,
  ({ v, customer }) =>
    mail`für die Gehaltsabrechnung reiche ich folgende Daten nach:\nRentenversicherungsnummer: ${pii("SOCIAL_SECURITY", v.rentenNummer(customer))}\nSteuerliche Identifikationsnummer: ${pii("TAX_ID", v.steuerId())}\nGeburtsdatum: ${pii("DATE_OF_BIRTH", v.birthDate("de"))}\n\n`,
  ({ v }) =>
    mail`für die Identitätsprüfung: Meine Personalausweisnummer ist ${pii("ID_DOCUMENT", v.idDocument())}, gültig bis ${v.plainDate("de")}. Geb. ${pii("DATE_OF_BIRTH", v.birthDate("de"))} in Leipzig.\n\n`,
  ({ v }) =>
    mail`meine Kreditkarte ${pii("CREDIT_CARD", v.card())} wurde für die Bestellung ${pii("ORDER_NUMBER", v.orderNumber())} belastet, obwohl ich storniert habe. Bitte prüfen Sie das.\n\n`,
  ({ v, other }) =>
    mail`mein Mann ${P(other.first)} hat letzte Woche bei Ihnen angerufen wegen der defekten Lieferung. Ihr Kollege ${P(v.person("de").full)} hat uns einen Rückruf versprochen, der aber nie kam. Ich bin frank gesagt ziemlich enttäuscht.\n\n`,
  ({ v, other }) =>
    mail`der Techniker ${P(other.full)} kommt laut Ihrer Nachricht am ${v.plainDate("de")} zwischen 8 und 12 Uhr. Die Adresse ist ${pii("STREET_ADDRESS", v.street("de"))}, bitte beim Nachbarn klingeln. Rückfragen gerne unter ${pii("PHONE", v.phone("de"))}.\n\n`,
  ({ v }) =>
    mail`seit dem Update auf Version 4.2.1 funktioniert der Export nicht mehr. Der Fehler tritt auf dem Server ${pii("IP_ADDRESS", v.ipv6())} auf. Unser API-Key ${pii("SECRET", v.apiKey())} wurde vorsichtshalber schon erneuert. Den Reset-Link ${pii("URL", v.personalUrl())} habe ich nicht geöffnet. Dokumentation: ${v.plainUrl()}\n\n`,
  ({ v, company }) =>
    mail`ich habe im Mai einen ${company.product} bei Ihnen bestellt und bin sehr zufrieden. Ich wollte nur fragen, ob es den auch in Blau gibt? Der Preis von ${v.amount("de")} ist fair. Grüße gehen auch an das Team in ${company.city}.\n\n`,
  ({ v, customer }) =>
    mail`unser Kunde ${P(customer.full)} hat sich beschwert, dass die Rechnung ${pii("INVOICE_NUMBER", v.invoiceNumber())} an die falsche Adresse ging. Richtig ist: ${pii("STREET_ADDRESS", v.address("de", false))}. ${customer.anrede} ${P(customer.last)} wünscht eine Korrektur bis ${v.plainDate("de")}.\n\n`,
  ({ v }) =>
    mail`die TAN ${pii("SECRET", v.otp())} kam per SMS, aber das Onlinebanking sagt "ungültig". Mein Vorgang hat die Nummer ${pii("TICKET_NUMBER", v.ticketNumber())}. Der Link ${pii("URL", v.personalUrl())} führt ins Leere.\n\n`,
];

export const DE_SIGNATURES: Part[] = [
  ({ customer }) => mail`Mit freundlichen Grüßen\n${P(customer.full)}`,
  ({ customer }) => mail`Viele Grüße\n${P(customer.first)}`,
  ({ v, customer }) =>
    mail`MfG\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("de", true))}\nTel.: ${pii("PHONE", v.phone("de"))}`,
  ({ v, customer }) =>
    mail`Beste Grüße\n\n${customer.title.length > 0 ? `${customer.title} ` : ""}${P(customer.full)}\n${pii("EMAIL", v.email(customer))}\nMobil: ${pii("PHONE", v.phone("de"))}`,
  ({ customer }) => mail`Gruß ${P(customer.first)}`,
  ({ v, customer }) =>
    mail`Freundliche Grüße\n\n--\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("de", true))}\n${pii("PHONE", v.phone("de"))}`,
  ({ customer }) => mail`Danke und viele Grüße\n${P(customer.full)}`,
  ({ customer }) => mail`Liebe Grüße,\n${P(customer.first)}`,
];

/** The company's earlier reply, quoted below the customer's mail. */
export const DE_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\n-----Ursprüngliche Nachricht-----\nVon: ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}>\nGesendet: ${ctx.v.plainDate("de")} 10:14\nAn: ${P(ctx.customer.full)} <${pii("EMAIL", ctx.v.email(ctx.customer))}>\nBetreff: AW: Ihre Anfrage\n\n${germanSalutation(ctx.customer)},\n\nvielen Dank für Ihre Nachricht. Wir kümmern uns darum.\n\nMit freundlichen Grüßen\n${P(ctx.agent.full)}\nKundenservice ${ctx.company.name}\nTelefon: ${pii("PHONE", ctx.v.phone("de"))}`,
  (ctx: MailContext) =>
    mail`\n\nAm ${ctx.v.plainDate("de")} um 09:12 schrieb ${ctx.company.name} <${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}>:\n> Guten Tag ${ctx.customer.anrede} ${P(ctx.customer.last)},\n>\n> Ihr Anliegen ist bei uns unter der Vorgangsnummer ${pii("TICKET_NUMBER", ctx.v.ticketNumber())} eingegangen.\n>\n> Freundliche Grüße\n> ${P(ctx.agent.full)}`,
  (ctx: MailContext) =>
    mail`\n\nAm ${ctx.v.plainDate("de")} schrieb ${P(ctx.agent.full)}:\n> Hallo ${P(ctx.customer.first)},\n> wir brauchen noch Ihre Kundennummer.\n> Gruß ${P(ctx.agent.first)}`,
];

export const DE_FOOTERS: Part[] = [
  ({ v, company, other }) =>
    mail`\n\n${company.name} · ${pii("STREET_ADDRESS", v.address("de", false))}\nGeschäftsführer: ${P(other.full)} · USt-IdNr.: ${pii("VAT_ID", v.vatId())}\nAmtsgericht ${company.city} HRB ${String(v.int(10000, 99999))}`,
  () => mail``,
  () => mail``,
  () => mail``,
];

// Titled form used in some salutations; kept here so the template set is self-contained.
export const germanTitled = titled;

import { mail, pii } from "./annotated.js";
import { type MailContext, P, type Part } from "./context.js";

// Dev templates (English).

export const EN_GREETINGS: Part[] = [
  () => mail`Dear Sir or Madam,\n\n`,
  ({ agent }) => mail`Dear ${agent.honorific} ${P(agent.last)},\n\n`,
  ({ agent }) => mail`Hi ${P(agent.first)},\n\n`,
  () => mail`Hello,\n\n`,
  () => mail`Hi team,\n\n`,
  ({ agent }) => mail`Good morning ${P(agent.first)},\n\n`,
];

export const EN_BODIES: Part[] = [
  ({ v, company }) =>
    mail`my order #${pii("ORDER_NUMBER", v.orderNumber())} placed on ${v.plainDate("en")} still hasn't arrived. The tracking page hasn't updated in a week. My customer number is ${pii("CUSTOMER_NUMBER", v.customerNumber())}.\nCould you check where my ${company.product} is? I paid ${v.amount("en")} for express shipping.\n\n`,
  ({ v }) =>
    mail`I was charged twice for invoice ${pii("INVOICE_NUMBER", v.invoiceNumber())}. Please refund the duplicate payment of ${v.amount("en")} to my card ending in ${v.digits(4)}, or to IBAN ${pii("IBAN", v.iban())}.\n\n`,
  ({ v, customer }) =>
    mail`I would like to cancel my contract no. ${pii("CONTRACT_NUMBER", v.contractNumber())}. For verification: ${P(customer.full)}, date of birth ${pii("DATE_OF_BIRTH", v.birthDate("en"))}, address ${pii("STREET_ADDRESS", v.address("en", false))}.\n\n`,
  ({ v }) =>
    mail`I'm writing about claim number ${pii("CLAIM_NUMBER", v.claimNumber())}. The adjuster still hasn't called me back. You can reach me at ${pii("PHONE", v.phone("en"))} during business hours.\n\n`,
  ({ v, customer }) =>
    mail`I can't log into my account. My username is ${pii("EMAIL", v.email(customer))} and the verification code ${pii("SECRET", v.otp())} keeps failing. The login attempt came from IP ${pii("IP_ADDRESS", v.ipv4())}. Ticket ${pii("TICKET_NUMBER", v.ticketNumber())} is already open.\n\n`,
  ({ v, other }) =>
    mail`my colleague ${P(other.full)} will take over this case while I'm on leave. Please send the updated quote to ${pii("EMAIL", v.email(other))} and copy me. ${P(other.first)} knows all the details.\n\n`,
  ({ v }) =>
    mail`please update my shipping address to:\n${pii("STREET_ADDRESS", v.address("en", true))}\n\nThe old one was ${pii("STREET_ADDRESS", v.address("en", false))}.\n\n`,
  ({ v }) =>
    mail`my credit card ${pii("CREDIT_CARD", v.card())} was charged for order ${pii("ORDER_NUMBER", v.orderNumber())} although I cancelled it within the 14-day window.\n\n`,
  ({ v }) =>
    mail`for the background check here is my Social Security Number: ${pii("SOCIAL_SECURITY", v.usSsn())}. My passport number is ${pii("ID_DOCUMENT", v.idDocument())} (expires ${v.plainDate("en")}).\n\n`,
  ({ v }) =>
    mail`our integration broke after your release 3.14.2. Requests from ${pii("IP_ADDRESS", v.ipv6())} get a 403. We rotated the API key ${pii("SECRET", v.apiKey())} just in case. Here's the share link with the logs: ${pii("URL", v.personalUrl())} (see also ${v.plainUrl()}).\n\n`,
  ({ v, company }) =>
    mail`just wanted to say thanks: the ${company.product} arrived on ${v.plainDate("en")} and works great. Will you have it in green in May? Frank feedback: the manual could be better.\n\n`,
  ({ v, customer }) =>
    mail`our customer ${P(customer.full)} complained that invoice ${pii("INVOICE_NUMBER", v.invoiceNumber())} went to the wrong address. ${customer.honorific} ${P(customer.last)} asks for a corrected copy by ${v.plainDate("en")}.\n\n`,
];

export const EN_SIGNATURES: Part[] = [
  ({ customer }) => mail`Best regards,\n${P(customer.full)}`,
  ({ customer }) => mail`Thanks,\n${P(customer.first)}`,
  ({ v, customer }) =>
    mail`Kind regards\n\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("en", true))}\nPhone: ${pii("PHONE", v.phone("en"))}`,
  ({ v, customer }) =>
    mail`Cheers,\n${P(customer.first)}\n\n--\n${P(customer.full)} | ${pii("EMAIL", v.email(customer))} | m: ${pii("PHONE", v.phone("en"))}`,
  ({ customer }) => mail`Regards, ${P(customer.first)}`,
  ({ customer }) => mail`Sincerely,\n${P(customer.full)}`,
];

export const EN_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\nOn ${ctx.v.plainDate("en")}, at 9:41 AM, ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}> wrote:\n> Dear ${ctx.customer.honorific} ${P(ctx.customer.last)},\n> thank you for contacting ${ctx.company.name}. Your case number is ${pii("TICKET_NUMBER", ctx.v.ticketNumber())}.\n> Best,\n> ${P(ctx.agent.first)}`,
  (ctx: MailContext) =>
    mail`\n\n-----Original Message-----\nFrom: ${P(ctx.agent.full)} [mailto:${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}]\nSent: ${ctx.v.plainDate("en")} 2:15 PM\nTo: ${P(ctx.customer.full)}\nSubject: RE: Your request\n\nHi ${P(ctx.customer.first)}, could you send us your order number? Thanks, ${P(ctx.agent.first)}`,
];

export const EN_FOOTERS: Part[] = [
  ({ v, company }) =>
    mail`\n\n${company.name} | ${pii("STREET_ADDRESS", v.address("en", false))} | ${pii("PHONE", v.phone("en"))}`,
  () => mail``,
  () => mail``,
];

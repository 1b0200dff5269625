import { mail, pii } from "./annotated.js";
import { type MailContext, P, type Part } from "./context.js";

// Held-out v1 templates (English). Used up: measured blind once, then its per-type results
// guided new dev examples. Kept so that the first measurement stays reproducible.

export const V1_EN_GREETINGS: Part[] = [
  () => mail`To whom it may concern,\n\n`,
  ({ agent }) => mail`Hello ${agent.honorific} ${P(agent.last)},\n\n`,
  ({ agent }) => mail`Hi ${P(agent.first)}!\n\n`,
  () => mail`Hey there,\n\n`,
  () => mail`Morning all,\n\n`,
];

export const V1_EN_BODIES: Part[] = [
  ({ v, customer }) =>
    mail`the parcel for Order ID ${pii("ORDER_NUMBER", v.orderNumber())} was left at the wrong door. Account #${pii("CUSTOMER_NUMBER", v.customerNumber())}. Delivery address on file:\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("en", true))}\n\n`,
  ({ v }) =>
    mail`I'd like to return the blender. RMA #${pii("ORDER_NUMBER", v.orderNumber())} was issued on ${v.plainDate("en")}. Please refund the ${v.amount("en")} to the original card.\n\n`,
  ({ v, other }) =>
    mail`my husband ${P(other.first)} spoke to someone on your hotline yesterday about policy number ${pii("CONTRACT_NUMBER", v.contractNumber())}. He was told a technician would call him on ${pii("PHONE", v.phone("en"))} but nobody did.\n\n`,
  ({ v, customer }) =>
    mail`here are the details for the rental application:\nFull name: ${P(customer.full)}\nDOB: ${pii("DATE_OF_BIRTH", v.birthDate("en"))}\nDriver's license number: ${pii("ID_DOCUMENT", v.idDocument())}\nCurrent address: ${pii("STREET_ADDRESS", v.address("en", false))}\n\n`,
  ({ v }) =>
    mail`the outage started around 3 PM. Incident ${pii("TICKET_NUMBER", `INC${v.digits(7)}`)} has all the logs; the affected host is ${pii("IP_ADDRESS", v.ipv4())}. Please don't share the admin password (${pii("SECRET", v.password())}) in the ticket again.\n\n`,
  ({ v }) =>
    mail`for payroll, my National Insurance number is ${pii("SOCIAL_SECURITY", v.nino())} and my bank details are IBAN ${pii("IBAN", v.iban())}, BIC ${pii("BIC", v.bic())}.\n\n`,
  ({ v }) =>
    mail`I got billed for invoice no. ${pii("INVOICE_NUMBER", v.invoiceNumber())} even though my subscription ended in April. Card on file: ${pii("CREDIT_CARD", v.card())}, CVV ${pii("SECRET", v.cvc())}. Please fix this.\n\n`,
  ({ v, company }) =>
    mail`we're planning the team offsite for June at ${company.city}. Budget is around ${v.amount("en")} per person. Will the Grand Hotel work for 25 people? Please send a quote by ${v.plainDate("en")}.\n\n`,
  ({ v, other }) =>
    mail`please add our new team lead ${P(other.full)} (${pii("EMAIL", v.email(other))}) to the account. ${other.honorific} ${P(other.last)} needs admin rights. Her one-time password was ${pii("SECRET", v.otp())}.\n\n`,
  ({ v }) =>
    mail`the reset link you sent (${pii("URL", v.personalUrl())}) has expired. I tried again from ${pii("IP_ADDRESS", v.ipv6())} with no luck. Support request ${pii("TICKET_NUMBER", v.ticketNumber())}.\n\n`,
  ({ v, customer }) =>
    mail`regarding claim ${pii("CLAIM_NUMBER", v.claimNumber())}: the other driver's plate was ${pii("LICENSE_PLATE", v.plate())} (German car). My own policy is ${pii("CONTRACT_NUMBER", v.contractNumber())}, in the name of ${P(customer.full)}.\n\n`,
];

export const V1_EN_SIGNATURES: Part[] = [
  ({ customer, company }) => mail`Warm regards,\n${P(customer.full)}\nSenior Buyer, ${company.name}`,
  ({ customer }) => mail`Thanks so much!\n${P(customer.first)}`,
  ({ customer }) => mail`All the best,\n${P(customer.full)}`,
  ({ v, customer }) => mail`Yours sincerely,\n\n${P(customer.full)}\n${pii("PHONE", v.phone("en"))}`,
  ({ customer }) => mail`Best,\n${P(customer.first)}\n\nSent from my iPhone`,
];

export const V1_EN_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\nOn Tue, ${ctx.v.plainDate("en")} at 10:15 AM ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.email(ctx.agent))}> wrote:\n> Hi ${P(ctx.customer.first)},\n> I've escalated this to our billing team.\n> ${P(ctx.agent.first)}`,
  (ctx: MailContext) =>
    mail`\n\n________________________________\nFrom: ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.companyEmail(ctx.company.domain))}>\nSent: Tuesday, ${ctx.v.plainDate("en")} 4:02 PM\nTo: ${P(ctx.customer.full)} <${pii("EMAIL", ctx.v.email(ctx.customer))}>\nSubject: Re: Order issue\n\nThanks ${P(ctx.customer.first)}, we'll look into it.`,
];

export const V1_EN_FOOTERS: Part[] = [
  ({ v, company }) =>
    mail`\n\n${company.name}, ${pii("STREET_ADDRESS", v.address("en", false))}. Registered in England No. ${v.digits(8)}. VAT Reg No. ${pii("VAT_ID", `GB ${v.digits(3)} ${v.digits(4)} ${v.digits(2)}`)}`,
  () => mail``,
  () => mail``,
];

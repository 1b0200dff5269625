import { mail, pii } from "./annotated.js";
import { type MailContext, P, type Part } from "./context.js";

// Held-out v2 templates (English): written after v1 was used up. Never tuned on.

export const HO_EN_GREETINGS: Part[] = [
  () => mail`Good afternoon,\n\n`,
  ({ agent }) => mail`Dear ${P(agent.full)},\n\n`,
  ({ agent }) => mail`Hey ${P(agent.first)},\n\n`,
  ({ company }) => mail`Hello ${company.name} team,\n\n`,
  () => mail``,
];

export const HO_EN_BODIES: Part[] = [
  ({ v }) =>
    mail`I placed order ${pii("ORDER_NUMBER", v.orderNumber())} on ${v.plainDate("en")} and was charged ${v.amount("en")} twice. My billing address is ${pii("STREET_ADDRESS", `${v.street("en")}, ${v.cityLine("en")}`)}.\n\n`,
  ({ v }) =>
    mail`could you update the phone number on my account (customer ID ${pii("CUSTOMER_NUMBER", v.customerNumber())}) to ${pii("PHONE", v.phone("en"))}? The old number ${pii("PHONE", v.phone("en"))} is no longer in service.\n\n`,
  ({ v, other }) =>
    mail`I'm writing on behalf of my father, ${P(other.full)}, who passed away on ${v.plainDate("en")}. His account number was ${pii("CUSTOMER_NUMBER", v.customerNumber())} and I'd like to close it.\n\n`,
  ({ v, other }) =>
    mail`our new hire ${P(other.full)} starts on Monday. Her SSN is ${pii("SOCIAL_SECURITY", v.usSsn())} and her date of birth is ${pii("DATE_OF_BIRTH", v.birthDate("en"))}; please set up payroll before Friday.\n\n`,
  ({ v }) =>
    mail`please wire the deposit to IBAN ${pii("IBAN", v.iban())} (BIC ${pii("BIC", v.bic())}) and quote reference ${pii("INVOICE_NUMBER", v.invoiceNumber())} so we can match it.\n\n`,
  ({ other }) =>
    mail`the courier left the parcel with my neighbour ${P(other.first)} two doors down, which is fine. Next time please ring the bell, I work from home on Tuesdays.\n\n`,
  ({ v }) =>
    mail`contract ${pii("CONTRACT_NUMBER", v.contractNumber())} renews automatically on ${v.plainDate("en")} unless cancelled in writing. Please confirm the cancellation.\n\n`,
  ({ v, other }) =>
    mail`claim ref ${pii("CLAIM_NUMBER", v.claimNumber())}: the assessor, ${P(other.full)}, visited on ${v.plainDate("en")} and took photos of the damage.\n\n`,
  ({ v, customer }) =>
    mail`a login attempt from ${pii("IP_ADDRESS", v.ipv4())} for user ${pii("EMAIL", v.email(customer))} was blocked. If this was you, reset your password here: ${pii("URL", v.personalUrl(customer))}\n\n`,
  () =>
    mail`we'll be closed on Monday, May 27 for the bank holiday. Orders placed after 3 pm ship the next business day, and our chat is open again on Tuesday at 9 am.\n\n`,
  ({ v }) =>
    mail`as requested, my driving licence number is ${pii("ID_DOCUMENT", v.idDocument())} and my passport number is ${pii("ID_DOCUMENT", v.idDocument())}.\n\n`,
  ({ v }) =>
    mail`your verification code is ${pii("SECRET", v.otp())}. Do not share this code with anyone, our staff will never ask for it.\n\n`,
  ({ v, customer }) =>
    mail`I moved! From next week my address is ${pii("STREET_ADDRESS", v.address("en", false))}. The account is under ${P(customer.full)}, member no. ${pii("CUSTOMER_NUMBER", v.customerNumber())}.\n\n`,
];

export const HO_EN_SIGNATURES: Part[] = [
  ({ customer }) => mail`Kind regards,\n${P(customer.first)}`,
  ({ v, customer }) => mail`Many thanks,\n${P(customer.full)}\n${pii("PHONE", v.phone("en"))}`,
  ({ customer }) => mail`Best wishes\n${P(customer.full)}\nOffice Manager`,
  ({ customer }) => mail`Thanks!\n– ${P(customer.first)}`,
  ({ v, customer }) => mail`Regards,\n\n${P(customer.full)}\n${pii("STREET_ADDRESS", v.address("en", true))}`,
];

export const HO_EN_QUOTES: Part[] = [
  (ctx: MailContext) =>
    mail`\n\nOn ${ctx.v.plainDate("en")}, ${P(ctx.agent.full)} wrote:\n> Hi ${P(ctx.customer.first)}, thanks for reaching out. Could you send us a photo?\n> ${P(ctx.agent.first)}`,
  (ctx: MailContext) =>
    mail`\n\nBegin forwarded message:\n\nFrom: ${P(ctx.agent.full)} <${pii("EMAIL", ctx.v.email(ctx.agent))}>\nSubject: Your order\nDate: ${ctx.v.plainDate("en")}\nTo: ${pii("EMAIL", ctx.v.email(ctx.customer))}\n\nDear ${ctx.customer.honorific} ${P(ctx.customer.last)}, your order is delayed.`,
];

export const HO_EN_FOOTERS: Part[] = [
  () => mail`\n\nThis email and any attachments are confidential and intended solely for the addressee.`,
  () => mail``,
  () => mail``,
];

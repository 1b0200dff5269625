import { normalizeText, words } from "./text-features.js";
import type { PriorityName, SentimentName } from "./types.js";

/**
 * Small rules for the fields the embedded classifier does not predict: priority, sentiment and
 * intent (language comes from @poststelle/language). They stand in for the LLM when it is absent
 * and favour being roughly right and explainable over being clever.
 */

const LEGAL_OR_SAFETY =
  /\b(rechts)?anwalt|rechtliche[nr]? schritte|verbraucherzentrale|\bklage|verklag|gericht|abmahnung|lawyer|attorney|solicitor|legal action|\bsue\b|\bcourt\b|trading standards|consumer protection|\bbrand\b|feuer|rauch|stromschlag|verletz|\bfire\b|smoke|electric shock|injur|datenleck|data breach/;
const PRESSING =
  /dringend|sofort|umgehend|\beilt\b|schnellstmoeglich|letzte frist|letzte aufforderung|urgent|asap|immediately|as soon as possible|final (deadline|warning|notice)|right away/;
const RELAXED =
  /keine eile|eilt nicht|wenn sie zeit haben|no rush|no hurry|whenever you (have|get) (the )?time/;

export function detectPriority(text: string): PriorityName {
  const folded = normalizeText(text);
  if (LEGAL_OR_SAFETY.test(folded)) return "urgent";
  if (PRESSING.test(folded)) return "high";
  if (RELAXED.test(folded)) return "low";
  return "normal";
}

const NEGATIVE = new Set(
  (
    "enttaeuscht enttaeuschend veraergert sauer wuetend stinksauer frechheit unverschaemt unverschaemtheit inakzeptabel " +
    "katastrophe katastrophal schlecht schlechter schlechteste miserabel zumutung empoert aergerlich unzufrieden " +
    "beschwerde unfreundlich ignoriert fassungslos skandal mangelhaft " +
    "disappointed disappointing angry furious unacceptable terrible awful worst horrible outrageous disgrace " +
    "appalled unhappy poor rude ignored dreadful useless complaint frustrated frustrating"
  ).split(" "),
);
const POSITIVE = new Set(
  (
    "super toll klasse prima begeistert zufrieden hervorragend perfekt lob freue freuen schnell hilfreich " +
    "great excellent amazing perfect love happy satisfied wonderful fantastic helpful brilliant pleased"
  ).split(" "),
);
const NEGATIONS = new Set(["nicht", "kein", "keine", "nie", "not", "never", "no"]);
const NEGATIVE_PHRASES = /nie wieder|never again|fed up|die nase voll/;

export function detectSentiment(text: string): SentimentName {
  const list = words(text);
  let negative = NEGATIVE_PHRASES.test(normalizeText(text)) ? 1 : 0;
  let positive = 0;
  list.forEach((word, i) => {
    const negated = i > 0 && NEGATIONS.has(list[i - 1]!);
    if (NEGATIVE.has(word)) negative++;
    else if (POSITIVE.has(word)) {
      if (negated) negative++;
      else positive++;
    }
  });
  if (negative > positive) return "negative";
  if (positive > negative) return "positive";
  return "neutral";
}

interface IntentPattern {
  intent: string;
  /** The department this intent usually belongs to; preferred when it is the decided one. */
  department: string;
  pattern: RegExp;
}

const INTENTS: IntentPattern[] = [
  { intent: "legal_threat", department: "complaints", pattern: LEGAL_OR_SAFETY },
  {
    intent: "complaint",
    department: "complaints",
    pattern: /beschwer|unzufrieden|enttaeusch|complain|disappoint|unacceptable/,
  },
  {
    intent: "data_access_request",
    department: "privacy",
    pattern: /auskunft|art\.? ?15|subject access|copy of .*data|welche daten/,
  },
  {
    intent: "data_erasure_request",
    department: "privacy",
    pattern: /loesch|erase|erasure|delete my|vergessenwerden|forgotten/,
  },
  {
    intent: "marketing_objection",
    department: "privacy",
    pattern: /newsletter|abmeld|unsubscribe|werbung|marketing/,
  },
  { intent: "cancel_order", department: "orders", pattern: /stornier|storno|cancel/ },
  {
    intent: "change_delivery_address",
    department: "orders",
    pattern: /lieferadresse|delivery address|umleiten|redirect/,
  },
  {
    intent: "delivery_status",
    department: "orders",
    pattern: /sendung|tracking|lieferung|liefertermin|paket|delivery|parcel|shipping|versand/,
  },
  { intent: "exchange", department: "returns", pattern: /umtausch|exchange/ },
  { intent: "withdrawal", department: "returns", pattern: /widerruf|withdraw/ },
  {
    intent: "return_request",
    department: "returns",
    pattern: /ruecksend|retour|zurueck(schick|geb|send)|send .*back|return/,
  },
  { intent: "double_charge", department: "billing", pattern: /doppelt|zweimal|charged twice|duplicate/ },
  {
    intent: "payment_reminder",
    department: "billing",
    pattern: /mahnung|zahlungserinnerung|reminder|dunning/,
  },
  { intent: "refund_status", department: "billing", pattern: /erstattung|refund|gutschrift/ },
  { intent: "invoice_request", department: "billing", pattern: /rechnung|invoice/ },
  {
    intent: "payment_issue",
    department: "billing",
    pattern: /zahlung|bezahl|lastschrift|kreditkarte|payment|card|\bpay/,
  },
  {
    intent: "login_problem",
    department: "technical",
    pattern: /passwort|password|login|anmeld|log in|sign in/,
  },
  {
    intent: "setup_help",
    department: "technical",
    pattern: /einricht|anleitung|install|setup|set up|manual/,
  },
  {
    intent: "technical_issue",
    department: "technical",
    pattern: /fehler|defekt|funktioniert nicht|error|not working|crash|stuerzt|broken/,
  },
  {
    intent: "quote_request",
    department: "sales",
    pattern: /angebot|quote|mengenrabatt|bulk|wholesale|stueck|units/,
  },
  {
    intent: "availability",
    department: "sales",
    pattern: /verfuegbar|lieferbar|auf lager|in stock|available/,
  },
  { intent: "voucher", department: "sales", pattern: /gutschein|voucher|coupon|rabattcode/ },
  {
    intent: "product_advice",
    department: "sales",
    pattern: /empfehl|recommend|beratung|unterschied|difference/,
  },
  {
    intent: "job_application",
    department: "general",
    pattern: /bewerb|apply|application|praktikum|internship|ausbildung|apprentice/,
  },
  { intent: "press_inquiry", department: "general", pattern: /presse|journalist|\bpress\b|interview/ },
  { intent: "feedback", department: "general", pattern: /lob|kompliment|compliment|praise|danke|thank/ },
];

const DEFAULT_INTENT: Record<string, string> = {
  orders: "order_question",
  returns: "return_request",
  billing: "billing_question",
  technical: "technical_issue",
  complaints: "complaint",
  privacy: "privacy_request",
  sales: "product_inquiry",
  general: "general_inquiry",
};

/** A short snake_case label of what the sender wants, preferring labels of the decided department. */
export function detectIntent(text: string, department: string): string {
  const folded = normalizeText(text);
  const matching = INTENTS.filter((candidate) => candidate.pattern.test(folded));
  const own = matching.find((candidate) => candidate.department === department);
  if (own !== undefined) return own.intent;
  return DEFAULT_INTENT[department] ?? matching[0]?.intent ?? "inquiry";
}

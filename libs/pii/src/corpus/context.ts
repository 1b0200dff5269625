import { type Annotated, pii } from "./annotated.js";
import type { Person } from "./values.js";
import type { Values } from "./values-ids.js";

export interface Company {
  name: string;
  domain: string;
  product: string;
  city: string;
}

/** Everything one generated mail draws from: the people in it and where it is sent. */
export interface MailContext {
  v: Values;
  lang: "de" | "en";
  customer: Person;
  agent: Person;
  other: Person;
  company: Company;
}

export type Part = (ctx: MailContext) => Annotated;

/** Company names without personal names in them, so they are honest hard negatives. */
export const COMPANIES: readonly Company[] = [
  {
    name: "Nordlicht Versand GmbH",
    domain: "nordlicht-versand.de",
    product: "Gartenstuhl Modell Fjord",
    city: "Hamburg",
  },
  {
    name: "Bergblick Energie AG",
    domain: "bergblick-energie.de",
    product: "Ökostrom Tarif Plus",
    city: "München",
  },
  {
    name: "Stadtwerke Talheim",
    domain: "stadtwerke-talheim.de",
    product: "Gasvertrag Basis",
    city: "Talheim",
  },
  {
    name: "Rheinland Direkt Versicherung",
    domain: "rheinland-direkt.de",
    product: "Kfz-Haftpflicht Komfort",
    city: "Köln",
  },
  { name: "TechnoTrade GmbH", domain: "technotrade.de", product: "Laptop ProBook 14", city: "Stuttgart" },
  { name: "Acme Logistics Ltd", domain: "acme-logistics.co.uk", product: "Express Parcel", city: "London" },
  { name: "Brightwave Telecom", domain: "brightwave.com", product: "Fiber 500 plan", city: "Boston" },
  {
    name: "Kaffeehaus Online",
    domain: "kaffeehaus-online.at",
    product: "Espressomaschine Barista 3000",
    city: "Wien",
  },
  { name: "Alpenbank AG", domain: "alpenbank.ch", product: "Sparkonto Flex", city: "Zürich" },
  { name: "CloudNest Software", domain: "cloudnest.io", product: "CloudNest Team Edition", city: "Berlin" },
];

export const P = (value: string) => pii("PERSON", value);

/** "Dr. Weber": the title stays outside the annotation, like in the masked text. */
export function titled(person: Person): (string | ReturnType<typeof pii>)[] {
  return person.title.length > 0 ? [`${person.title} `, P(person.last)] : [P(person.last)];
}

export function germanSalutation(person: Person): (string | ReturnType<typeof pii>)[] {
  return [person.female ? "Sehr geehrte Frau " : "Sehr geehrter Herr ", ...titled(person)];
}

export function localPart(email: string): string {
  return email.slice(0, email.indexOf("@"));
}

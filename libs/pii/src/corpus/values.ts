import { base, de, en, Faker, it, pl, tr } from "@faker-js/faker";

export interface Person {
  first: string;
  last: string;
  full: string;
  female: boolean;
  /** "Herr"/"Frau" */
  anrede: string;
  /** "Mr"/"Ms" */
  honorific: string;
  title: string;
}

const DE_AREAS =
  "30 40 89 221 69 711 211 341 351 511 911 421 201 231 228 761 621 6221 4131 8141 2151 5251 7031".split(" ");
const DE_MOBILE = "151 152 157 160 162 170 171 172 173 175 176 177 178 179".split(" ");
const AT_CITIES = [
  ["1010", "Wien"],
  ["1060", "Wien"],
  ["8010", "Graz"],
  ["4020", "Linz"],
  ["5020", "Salzburg"],
  ["6020", "Innsbruck"],
];
const CH_CITIES = [
  ["8001", "Zürich"],
  ["3011", "Bern"],
  ["4051", "Basel"],
  ["1201", "Genf"],
  ["6003", "Luzern"],
  ["9000", "St. Gallen"],
];

const MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(
  " ",
);
const MONTHS_EN =
  "January February March April May June July August September October November December".split(" ");

/** Deterministic generator of personal values in realistic formats (several spellings each). */
export class PersonalValues {
  readonly de: Faker;
  readonly en: Faker;
  private readonly tr: Faker;
  private readonly pl: Faker;
  private readonly it: Faker;

  constructor(seed: number) {
    this.de = new Faker({ locale: [de, base] });
    this.en = new Faker({ locale: [en, base] });
    this.tr = new Faker({ locale: [tr, en, base] });
    this.pl = new Faker({ locale: [pl, en, base] });
    this.it = new Faker({ locale: [it, en, base] });
    for (const [index, faker] of [this.de, this.en, this.tr, this.pl, this.it].entries())
      faker.seed(seed * 31 + index);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.de.number.int({ min: 0, max: items.length - 1 })]!;
  }

  chance(probability: number): boolean {
    return this.de.number.float({ min: 0, max: 1 }) < probability;
  }

  int(min: number, max: number): number {
    return this.de.number.int({ min, max });
  }

  digits(count: number): string {
    let out = "";
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  person(lang: "de" | "en"): Person {
    const roll = this.de.number.float({ min: 0, max: 1 });
    const faker =
      lang === "de"
        ? roll < 0.68
          ? this.de
          : roll < 0.8
            ? this.tr
            : roll < 0.9
              ? this.pl
              : roll < 0.95
                ? this.it
                : this.en
        : roll < 0.8
          ? this.en
          : roll < 0.87
            ? this.de
            : roll < 0.93
              ? this.it
              : roll < 0.97
                ? this.pl
                : this.tr;
    const female = this.chance(0.5);
    const first = faker.person.firstName(female ? "female" : "male");
    let last = faker.person.lastName();
    if (this.chance(0.05)) last = `${last}-${this.de.person.lastName()}`.replace(/-.*-/, "-");
    else if (this.chance(0.04)) last = `${this.pick(["von", "van der", "de", "zu", "van"])} ${last}`;
    const title = this.chance(0.08) ? this.pick(["Dr.", "Prof. Dr.", "Dr. med."]) : "";
    return {
      first,
      last,
      full: `${first} ${last}`,
      female,
      anrede: female ? "Frau" : "Herr",
      honorific: female ? this.pick(["Ms", "Mrs", "Ms."]) : this.pick(["Mr", "Mr."]),
      title,
    };
  }

  email(person?: Person): string {
    const domain = this.pick([
      "gmail.com",
      "web.de",
      "gmx.de",
      "t-online.de",
      "outlook.com",
      "yahoo.com",
      "posteo.de",
      "example.org",
      "mail.de",
      "icloud.com",
    ]);
    if (person === undefined) return this.de.internet.email().toLowerCase();
    const first = ascii(person.first);
    const last = ascii(person.last.replace(/^(?:von|van der|van|de|zu) /, ""));
    const local = this.pick([
      `${first}.${last}`,
      `${first[0]}.${last}`,
      `${first}${last}`,
      `${last}.${first}`,
      `${first}_${last}${this.int(1, 99)}`,
      `${first}${this.int(70, 99)}`,
    ]);
    return `${local}@${domain}`.toLowerCase();
  }

  companyEmail(domain: string): string {
    return `${this.pick(["service", "kundenservice", "info", "support", "rechnung", "schaden"])}@${domain}`;
  }

  phone(lang: "de" | "en"): string {
    const kind = this.int(0, 9);
    if (lang === "en" && kind < 4) {
      const area = this.pick(["212", "415", "312", "617", "206", "303", "512", "646"]);
      const number = `${this.int(2, 9)}${this.digits(2)}`;
      return this.pick([
        `(${area}) ${number}-${this.digits(4)}`,
        `+1 ${area} ${number} ${this.digits(4)}`,
        `${area}-${number}-${this.digits(4)}`,
      ]);
    }
    if (lang === "en" && kind < 6) return `+44 20 7${this.digits(3)} ${this.digits(4)}`;
    if (kind === 7)
      return this.pick([
        `+43 1 ${this.int(2, 9)}${this.digits(6)}`,
        `+43 664 ${this.int(1, 9)}${this.digits(6)}`,
      ]);
    if (kind === 8)
      return this.pick([
        `+41 44 ${this.int(2, 9)}${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`,
        `079 ${this.int(2, 9)}${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`,
      ]);
    if (kind === 9 && lang === "de") return this.de.phone.number();
    const mobile = this.chance(0.45);
    const area = mobile ? this.pick(DE_MOBILE) : this.pick(DE_AREAS);
    const subscriber = `${this.int(2, 9)}${this.digits(mobile ? 6 : this.int(5, 7))}`;
    return this.pick([
      `0${area} ${subscriber}`,
      `0${area}/${subscriber}`,
      `0${area}-${subscriber}`,
      `+49 ${area} ${subscriber}`,
      `+49 (0)${area} ${subscriber}`,
      `0049 ${area} ${subscriber}`,
      `(0${area}) ${subscriber}`,
      `+49-${area}-${subscriber}`,
    ]);
  }

  street(lang: "de" | "en"): string {
    if (lang === "en") return this.en.location.streetAddress(this.chance(0.2));
    return `${this.de.location.street()} ${this.pick([String(this.int(1, 180)), `${this.int(1, 99)}${this.pick(["a", "b", "c"])}`, `${this.int(1, 40)}-${this.int(41, 60)}`])}`;
  }

  cityLine(lang: "de" | "en"): string {
    if (lang === "en") {
      if (this.chance(0.3))
        return `London ${this.pick(["NW1", "SW1A", "EC2A", "N7", "SE15"])} ${this.int(1, 9)}${this.en.string.alpha({ length: 2, casing: "upper" })}`;
      return `${this.en.location.city()}, ${this.en.location.state({ abbreviated: true })} ${this.en.location.zipCode("#####")}`;
    }
    const roll = this.int(0, 9);
    if (roll === 0) return this.pick(AT_CITIES).join(" ");
    if (roll === 1) return this.pick(CH_CITIES).join(" ");
    return `${this.de.location.zipCode()} ${this.de.location.city()}`;
  }

  /** A postal address, on one line or two. */
  address(lang: "de" | "en", twoLines: boolean): string {
    return `${this.street(lang)}${twoLines ? "\n" : ", "}${this.cityLine(lang)}`;
  }

  birthDate(lang: "de" | "en"): string {
    const day = this.int(1, 28);
    const month = this.int(1, 12);
    const year = this.int(1938, 2006);
    const dd = String(day).padStart(2, "0");
    const mm = String(month).padStart(2, "0");
    if (lang === "en") {
      return this.pick([
        `${MONTHS_EN[month - 1]} ${day}, ${year}`,
        `${day} ${MONTHS_EN[month - 1]} ${year}`,
        `${mm}/${dd}/${year}`,
        `${year}-${mm}-${dd}`,
      ]);
    }
    return this.pick([
      `${dd}.${mm}.${year}`,
      `${day}.${month}.${year}`,
      `${day}. ${MONTHS_DE[month - 1]} ${year}`,
      `${dd}.${mm}.${year}`,
      `${year}-${mm}-${dd}`,
    ]);
  }

  /** A date that is not a birth date (delivery, invoice), for hard negatives. */
  plainDate(lang: "de" | "en"): string {
    const day = this.int(1, 28);
    const month = this.int(1, 12);
    const year = this.int(2022, 2025);
    return lang === "en"
      ? `${MONTHS_EN[month - 1]} ${day}, ${year}`
      : `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
  }

  ipv4(): string {
    return this.de.internet.ipv4();
  }

  ipv6(): string {
    return this.de.internet.ipv6();
  }

  personalUrl(person?: Person): string {
    const token = this.de.string.alphanumeric({ length: this.int(16, 32) });
    const host = this.pick([
      "portal.example-energie.de",
      "shop.example.com",
      "kundenportal.example.net",
      "app.example.io",
      "my.example-versicherung.de",
    ]);
    const slug = person
      ? `${ascii(person.first)}-${ascii(person.last.replace(/ /g, "-"))}`
      : token.slice(0, 10);
    return this.pick([
      `https://${host}/reset-password?token=${token}`,
      `https://${host}/kunden/${this.digits(7)}/rechnungen`,
      `https://${host}/account/verify?code=${token}`,
      `https://${host}/users/${slug.toLowerCase()}/profile`,
      `https://${host}/s/${token}`,
      `https://www.linkedin.com/in/${slug.toLowerCase()}-${this.digits(3)}`,
      `https://${host}/track?id=${this.digits(12)}&email=${encodeURIComponent(this.email(person))}`,
    ]);
  }

  plainUrl(): string {
    return this.pick([
      "https://www.example.de/agb",
      "www.example-shop.de",
      "https://example.com/help/returns",
      "https://www.example-energie.de/kontakt",
      "https://example.org/datenschutz",
      "https://status.example.io",
    ]);
  }

  amount(lang: "de" | "en"): string {
    const value = this.int(5, 2500);
    const cents = this.digits(2);
    return lang === "en" ? `$${value}.${cents}` : `${value},${cents} €`;
  }
}

export function ascii(value: string): string {
  return value
    .normalize("NFD")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z-]/g, "");
}

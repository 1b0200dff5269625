import { foldUmlauts } from "@poststelle/language";
import { wordBefore } from "../chars.js";
import { MONTHS_DE_EN } from "../detectors/date-patterns.js";
import { EntityType } from "../entity-types.js";
import { FLAT_WORD } from "../recase.js";
import type { Span } from "../spans.js";
import type { Tokens } from "../tokens.js";
import { domainLabelsOf } from "./domains.js";
import {
  COMPANY_WORDS,
  LEGAL_FORMS,
  looksLikeStreet,
  NOT_AFTER_GREETING,
  NOT_NAMES,
  OFFICE_SUFFIX,
  ROLE_MAILBOX_WORDS,
  SURNAMES,
} from "./lexicon.js";
import { namesNoPerson } from "./not-a-person.js";
import { petNamesOf } from "./pets.js";
import { ROLE_WORDS } from "./triggers.js";
import { NOT_A_NAME, Word, wordFlags } from "./word-flags.js";

/** A family name written first is a known family name and nothing else: no given name, role noun or title. */
const GIVEN_FLAGS = Word.given | Word.ambiguousGiven;
/** A list line's number or bullet: " 2. ", "- ", "• ", "3) ". */
const LIST_MARK = /^[ \t>]*(?:\d{1,3}[.)]|[-*•])[ \t]+$/;
/** Nothing after the name on its line but a note in brackets or after a dash or comma. */
const LINE_REST = /^[ \t]*(?:$|\r$|[(,–-])/;
const NOT_FAMILY_FIRST = Word.surname | GIVEN_FLAGS | Word.notName | Word.trigger | Word.title;
/** Compounds that name a shop or works: "Möbelwerk", "Autohaus", "Hörwelt", "Bauzentrum". */
export const SHOP_WORD = /^[\p{L}-]{3,}(?:werk|haus|welt|zentrum|markt|laden|technik|büro)$/u;
/** A compound naming a business after a family name: "Brandt Kältetechnik", "Osterkamp Fischverpackung". */
const BUSINESS_COMPOUND =
  /^\p{L}{3,}(?:technik|handel|logistik|transporte|verpackung|vertrieb|versand|reinigung|agentur)$/u;
const AMPERSAND = /^[ \u00a0]*&[ \u00a0]*$/;
/** German prepositions joined to an article: a person's name does not follow them. */
const CONTRACTED_ARTICLES = new Set(["im", "am", "zum", "zur", "vom", "beim", "ins", "ans"]);
/** Vietnamese middle names, after which the given name comes. */
const VIETNAMESE_MIDDLE = new Set(["thi", "thị", "van", "văn"]);

/** Scores of the name rules: context beats lists, lists beat repetition. */
export const NameScore = { salutation: 0.9, context: 0.85, list: 0.8, repeated: 0.75 } as const;

/** A name a rule found by reading the text itself, not through the finder's tokens. */
export function nameSpan(start: number, end: number): Span {
  return { type: EntityType.ENTITY_TYPE_PERSON, start, end, score: NameScore.context };
}

const MAX_NAME_TOKENS = 6;
/** A number right after a word: "Mai 2024", "Paul 8 J.". */
const DIGIT_AFTER = /^\.?[ \u00a0]?\d/;
/** German and English months, whole and short: "May 30 1861" after a name dates it. */
const MONTH_WORD = new Set(MONTHS_DE_EN.split("|"));
/** A day's number after a month: "Jan 9 1858", "May 30, 1861". */
const DAY_AFTER = /^\.?[ \u00a0](?:0?[1-9]|[12]\d|3[01])(?![\d.:])/;

/** Legal forms written with dots or a slash, which split into initials: "S.r.l.", "A/S", "e.K.". */
const DOTTED_LEGAL_FORM =
  /^(?:S\.(?:r\.l|p\.A|L|A|A\.S|C|n\.c|à r\.l)|e\.K|e\.V|A\/S|A\.Ş|B\.V|N\.V|[Ss]p\. z o\.o|[Ss]p\. ?[kj]|s\.r\.o|a\.s)\.?(?![\p{L}])/u;
const SOLE_TRADER = /^e\.[ \u00a0]?(?:K|Kfm|Kfr)\.?(?![\p{L}])/u;
const OWNER_BEFORE = /(?:^|[\s(])(?:Inh\.|Inhaber(?:in)?:?)[ \u00a0]+(?:(?:Dr|Prof)\.[ \u00a0]+)*$/;
/** Initials written together that are a country or a degree, not a person: "U.S. Army", "M.A. Linguistics". */
export const INITIALS_OF_NO_ONE = new Set(["US", "USA", "UK", "EU", "UN", "BA", "MA", "BS", "MS"]);

const IRISH_PARTICLES = new Set(["ó", "ní", "nic", "ua", "mac"]);
const IRISH_MUTATED = /^[hnt]-?\p{Lu}\p{Ll}+$/u;
/** "al-Jubouri", "el-Amin", "ad-Din": the article glued to a capitalized name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}\p{L}+$/u;
/** What follows "&" in a partnership's name. */
const PARTNERSHIP = /^(?:partner|partners|partnerin|co|cie|sohn|söhne|son|sons|tochter|kollegen|associates)$/;

/** Token-level state shared by the name rules: predicates, span building, what is covered. */
export class NameFinder {
  readonly tokens: Tokens;
  readonly covered: Uint8Array;
  readonly found: Span[] = [];
  /** Whether the mail speaks of a family or its occasion, once a rule has asked (rules-lists.ts). */
  familyWords: boolean | undefined;
  /** Lexicon flags per token (see `Word`). */
  readonly flags: Uint16Array;

  constructor(
    readonly text: string,
    readonly hints: ReadonlySet<string>,
    tokens: Tokens,
  ) {
    this.tokens = tokens;
    this.flags = wordFlags(tokens.lowers);
    this.covered = new Uint8Array(this.tokens.length);
  }

  #domainLabels: Set<string> | undefined;
  #petNames: Set<string> | undefined;

  /**
   * Every word of [from, to) a name the mail gives an animal, and no person's word shortly before
   * it ("unser Sohn Max", "her son, also called Max" is a person beside the cat Max).
   */
  private petsOnly(from: number, to: number): boolean {
    this.#petNames ??= petNamesOf(this.text, this.tokens);
    if (this.#petNames.size === 0) return false;
    const t = this.tokens;
    for (let i = from; i < to; i++) if (!this.#petNames.has(t.lowers[i]!)) return false;
    for (let i = from - 1; i >= Math.max(0, from - 3) && !t.opensLine(i + 1); i--)
      if (ROLE_WORDS.has(t.words[i]!) || this.has(i, Word.trigger | Word.title)) return false;
    return true;
  }

  /**
   * "Dear Pulsticket", "Payvant Disputes <disputes@payvant.eu>", "Aurelia Accounting": words that
   * name a domain of the mail (after "@", "//" or "www.") or a role, one of them a domain's and
   * none a given name, are a firm's name. After a domain's word, a word the lexicon knows as no
   * name at all may follow too: "Sanavita Austria", "Alpenmarkt Business".
   */
  namesADomain(from: number, to: number): boolean {
    this.#domainLabels ??= domainLabelsOf(this.text);
    if (this.#domainLabels.size === 0) return false;
    let domain = false;
    for (let i = from; i < to; i++) {
      const lower = this.tokens.lowers[i]!;
      const label = this.#domainLabels.has(foldUmlauts(lower));
      if (this.has(i, Word.given)) return false;
      const unknown = domain && !this.has(i, Word.surname | Word.ambiguousGiven);
      if (!(label || ROLE_MAILBOX_WORDS.has(lower) || unknown)) return false;
      domain ||= label;
    }
    return domain;
  }

  /** A word in capitals that may be a name's: two letters or more, no known word or firm's. */
  capitalsName(i: number): boolean {
    const lower = this.tokens.lowers[i]!;
    return (
      lower.length >= 2 &&
      (this.flags[i]! & NOT_A_NAME) === 0 &&
      !lower.split("-").some((part) => NOT_NAMES.has(part))
    );
  }

  /** Capitalized, not a known non-name; hyphenated words count only if no part is a non-name. */
  nameLike(i: number): boolean {
    const t = this.tokens;
    if (!t.isCapitalized(i)) return false;
    const lower = t.lowers[i]!;
    if (
      lower.length < 2 ||
      (this.flags[i]! & (Word.notName | Word.company)) !== 0 ||
      OFFICE_SUFFIX.test(lower)
    )
      return false;
    // "Kunden-Service" is no name, "Ferguson-Weil" is: a known family name outweighs a word.
    if (lower.includes("-")) {
      const parts = lower.split("-");
      if (parts.some((part) => NOT_NAMES.has(part)) && !parts.some((part) => SURNAMES.has(part)))
        return false;
    }
    return !(looksLikeStreet(lower) && DIGIT_AFTER.test(t.after(i, 3)));
  }

  /**
   * "Florian Winter" … "im Winter": after "im", "am", "zum", a family name that is known from
   * elsewhere in the mail is the word again.
   */
  wordAgain(i: number): boolean {
    const t = this.tokens;
    return (
      i > 0 &&
      CONTRACTED_ARTICLES.has(t.lowers[i - 1]!) &&
      t.joined(i) &&
      !this.has(i, Word.given | Word.ambiguousGiven)
    );
  }

  /** Capitalized, or a given name and nothing else in any case ("hallo sebastian"). */
  nameCased(i: number): boolean {
    return this.tokens.isCapitalized(i) || this.has(i, Word.given);
  }

  known(i: number): boolean {
    return (
      (this.flags[i]! & (Word.given | Word.ambiguousGiven | Word.surname)) !== 0 ||
      this.hints.has(this.tokens.lowers[i]!)
    );
  }

  firstName(i: number): boolean {
    return (
      (this.flags[i]! & (Word.given | Word.ambiguousGiven)) !== 0 || this.hints.has(this.tokens.lowers[i]!)
    );
  }

  /** "Ardmore House Reservations", "Brightwater Accounts": a display name with a role word is a mailbox. */
  holdsRoleWord(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const lower = this.tokens.lowers[i]!;
      if (ROLE_MAILBOX_WORDS.has(lower) || NOT_AFTER_GREETING.has(lower)) return true;
    }
    return false;
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i]! & flag) !== 0;
  }

  wordBefore(i: number): boolean {
    return wordBefore(this.text, this.tokens.starts[i]!);
  }

  digitAfter(i: number): boolean {
    return DIGIT_AFTER.test(this.tokens.after(i, 3));
  }

  skipTitles(i: number): number {
    const t = this.tokens;
    while (
      i < t.length &&
      (this.has(i, Word.title) || this.feminineEnding(i)) &&
      i + 1 < t.length &&
      /^[ \u00a0\t-]{0,2}$/.test(t.gapBefore(i + 1))
    )
      i++;
    return i;
  }

  /** Austria's feminine titles, the ending after the title's dot: "Mag.a", "Dr.in", "DI.in". */
  private feminineEnding(i: number): boolean {
    const t = this.tokens;
    const word = t.words[i];
    return (
      (word === "a" || word === "in") &&
      i > 0 &&
      t.dots[i - 1]! &&
      t.gapBefore(i) === "" &&
      this.has(i - 1, Word.title)
    );
  }

  /** Moves back over particles that open a name ("Frau von Blume", "Mr. van Tromp"). */
  particleStart(i: number): number {
    const t = this.tokens;
    let j = i;
    while (
      j < t.length &&
      this.has(j, Word.particle) &&
      !t.isCapitalized(j) &&
      j + 1 < t.length &&
      t.joined(j + 1)
    )
      j++;
    if (j === i || !this.has(i, Word.leadingParticle) || !t.isCapitalized(j)) return -1;
    // "zu Weihnachten", "von Montag": a common word after the particle is no family name.
    return (this.flags[j]! & (Word.notName | Word.surname)) === Word.notName ? -1 : j;
  }

  /**
   * "heinz brandt", "gertrud kessler" in a mail written in lower case: the known family names that
   * follow a lower-case name (two at most).
   */
  extendLowerCase(end: number): number {
    const t = this.tokens;
    let j = end;
    while (
      j < end + 2 &&
      j < t.length &&
      t.joined(j) &&
      !t.isCapitalized(j) &&
      this.has(j, Word.surname) &&
      !this.has(j, Word.notName)
    )
      j++;
    return j === end ? this.lowerCaseParticleName(end) : j;
  }

  /** "pieter van den berg", "tom o reilly": particles (or an Irish "o") and the family name after them. */
  private lowerCaseParticleName(end: number): number {
    const t = this.tokens;
    let j = end;
    while (j < end + 2 && j < t.length && t.joined(j) && (this.has(j, Word.particle) || t.lowers[j] === "o"))
      j++;
    if (j === end || j >= t.length || !t.joined(j) || t.isCapitalized(j)) return end;
    return this.has(j, Word.notName) || t.lowers[j]!.length < 3 ? end : j + 1;
  }

  /** Extends a name to the right over further name parts, particles and initials. */
  extendRight(start: number, from: number): number {
    const t = this.tokens;
    let end = from;
    let j = from;
    while (j < t.length && j - start < MAX_NAME_TOKENS && t.joined(j)) {
      // "Oleksandr Bondarenko  Sun 11/5": across a column's gap, a word before a number opens the
      // next cell.
      const gap = t.starts[j]! - t.ends[j - 1]! > 1 || t.text[t.ends[j - 1]!] === "\t";
      if (gap && this.digitAfter(j)) break;
      // "Kemi Adeyinka Flat 7 …": a flat's word before its number opens the address.
      if (FLAT_WORD.has(t.lowers[j]!) && this.digitAfter(j)) break;
      // "John Whitfield Jan 9 1858": a month and its day after a name are a date, not the name's.
      if (MONTH_WORD.has(t.lowers[j]!) && DAY_AFTER.test(t.after(j, 5))) break;
      if (
        this.has(j, Word.particle) &&
        (this.has(j, Word.leadingParticle) || this.has(j - 1, Word.particle))
      ) {
        // A capitalized "Von" that ends the name is a family name ("Marleen Von"); one before
        // another particle opens the family name ("Pieter Van den Broeck").
        const next = j + 1 < t.length && t.joined(j + 1) && this.has(j + 1, Word.particle) ? j + 2 : j + 1;
        const continues =
          next < t.length && t.joined(next) && (t.isCapitalized(next) || this.irishMutation(next));
        if (!continues && t.isCapitalized(j) && j === end) return j + 1;
        j++;
        continue;
      }
      // "Nguyen Thi Mai", "Tran Van Lan": after the Vietnamese middle name any capitalized given name
      // follows, even one that is also a word or a month.
      const afterMiddle =
        VIETNAMESE_MIDDLE.has(t.lowers[j - 1]!) &&
        t.isCapitalized(j) &&
        (this.flags[j]! & (Word.company | Word.title | Word.trigger)) === 0;
      // "Margaret Allen" on a line of its own: a family name that is also a word ("allen", "Mai").
      const lineEndingSurname =
        j === from &&
        this.firstName(j - 1) &&
        t.isCapitalized(j) &&
        (this.flags[j]! & (Word.surname | Word.given)) === Word.surname &&
        t.closesLine(j);
      // "Ali bin Hassan al-Jubouri", "Abd al-Karim": the Arabic article joined to a family name.
      const arabicArticle = ARABIC_ARTICLE.test(t.words[j]!);
      // "ABENA OWUSU-ANSAH": a name in capitals goes on in capitals.
      const capitalsRun = t.isUpperCase(j) && t.isUpperCase(j - 1) && this.capitalsName(j);
      // "Richard J Brooks": a middle initial without its dot, a name after it.
      const bareInitial =
        /^\p{Lu}$/u.test(t.words[j]!) && j + 1 < t.length && t.joined(j + 1) && this.nameLike(j + 1);
      if (
        (t.isInitial(j) && !this.legalFormAt(j)) ||
        bareInitial ||
        arabicArticle ||
        this.nameLike(j) ||
        afterMiddle ||
        lineEndingSurname ||
        capitalsRun ||
        this.irishMutation(j) ||
        (t.isCapitalized(j) && this.hints.has(t.lowers[j]!))
      ) {
        j++;
        end = j;
        continue;
      }
      break;
    }
    return end;
  }

  /** "Ó hOrgáin", "Ó hÉigeartaigh": an Irish family name after its particle, an "h", "n" or "t" before its capital. */
  private irishMutation(i: number): boolean {
    return (
      i > 0 && IRISH_PARTICLES.has(this.tokens.lowers[i - 1]!) && IRISH_MUTATED.test(this.tokens.words[i]!)
    );
  }

  /** A capital letter without its dot at token i, joined to the name before it, closing the line. */
  private lastInitialAt(i: number): boolean {
    const t = this.tokens;
    return i < t.length && t.words[i]!.length === 1 && t.isCapitalized(i) && t.joined(i) && t.closesLine(i);
  }

  /** The letters of the initials written together around token i: "U.S." gives "US"; "" if it is none. */
  gluedInitials(i: number): string {
    const t = this.tokens;
    if (!t.isInitial(i)) return "";
    let from = i;
    while (from > 0 && t.gapBefore(from) === "" && t.isInitial(from - 1)) from--;
    let to = i + 1;
    while (to < t.length && t.gapBefore(to) === "" && t.isInitial(to)) to++;
    return t.words.slice(from, to).join("");
  }

  /** Extends a name to the left over given names, initials and particles ("Thomas von Weber"). */
  extendLeft(start: number): number {
    const t = this.tokens;
    let i = start;
    while (i > 0 && t.joined(i)) {
      const previous = i - 1;
      // An initial glued to a number is the end of a code ("44710-K. mehmet"), not a name's.
      const initial = t.isInitial(previous) && !/[\d-]/.test(this.text[t.starts[previous]! - 1] ?? "");
      if (initial || (t.isCapitalized(previous) && this.firstName(previous) && !this.covered[previous])) {
        i = previous;
        continue;
      }
      if (
        this.has(previous, Word.particle) &&
        previous > 0 &&
        t.joined(previous) &&
        this.firstName(previous - 1)
      ) {
        i = previous - 1;
        continue;
      }
      // "Ó Súilleabháin", "Ní Bhriain": an Irish family name's particle, capitalized, stands apart.
      if (t.isCapitalized(previous) && IRISH_PARTICLES.has(t.lowers[previous]!)) {
        i = previous;
        continue;
      }
      break;
    }
    return i;
  }

  /**
   * How many words before a name that opens with a given name are its family name, written first:
   * a known family name and no given name ("NGUYỄN Thị Lan"), with a particle before it in
   * capitals ("EL AMRANI Rachid").
   */
  private familyNameBefore(from: number, to: number): number {
    const t = this.tokens;
    const before = from - 1;
    if (this.familyNameByComma(from, to)) return 1;
    if (before < 0 || this.covered[before] || !t.joined(from)) return 0;
    // In capitals the family name is marked as one, even a word that is a given name too ("HOANG
    // Minh Duc"), and a patronymic may follow the given name ("PETROVA Svetlana Nikolaevna").
    if (t.isUpperCase(before) && (this.flags[before]! & NOT_FAMILY_FIRST & ~GIVEN_FLAGS) === Word.surname) {
      if (!this.firstName(from)) return 0;
      const particle = before - 1;
      const withParticle =
        particle >= 0 && t.isUpperCase(particle) && this.has(particle, Word.particle) && t.joined(before);
      return withParticle && !this.covered[particle] ? 2 : 1;
    }
    // Only given names follow a family name written first: "Polier Rüdiger Hahn" is a role and a full name.
    for (let i = from; i < to; i++) if (!this.firstName(i)) return 0;
    if (!t.isCapitalized(before)) return 0;
    if ((this.flags[before]! & NOT_FAMILY_FIRST) === Word.surname) return 1;
    // " 2. Zankl Veronika": a list's line of one name, family name first, which the lexicon need not know.
    return (this.flags[before]! & NOT_FAMILY_FIRST) === 0 && this.listLineOfOneName(before, to) ? 1 : 0;
  }

  /**
   * "Zielke, Hartmut, Fichtestraße 17": a line that opens with an unknown name's word, a comma and a
   * given name, which a comma or the line's end closes: a court's or a register's "family name,
   * given name".
   */
  private familyNameByComma(from: number, to: number): boolean {
    const t = this.tokens;
    const before = from - 1;
    // One given name or two ("Vu, Thanh Hai").
    if (before < 0 || to > from + 2 || this.covered[before] || !/^,[ \t]$/.test(t.gapBefore(from)))
      return false;
    if (!(t.opensLine(before) || this.opensListItem(before)) || !t.isCapitalized(before)) return false;
    if (!this.nameLike(before) || this.firstName(before)) return false;
    // "Dad, Arun Bhattacharya, is …": a role, then the name as an aside.
    if (ROLE_WORDS.has(t.lowers[before]!) || ROLE_WORDS.has(t.words[before]!)) return false;
    for (let i = from; i < to; i++) if (!this.firstName(i)) return false;
    return /^[ \t]*(?:,|\r?\n|$)/.test(this.text.slice(t.ends[to - 1]!, t.ends[to - 1]! + 3));
  }

  /** Token i opens a list's item, after its number or bullet: "4) Jansen, Frauke, …". */
  private opensListItem(i: number): boolean {
    const lineStart = this.text.lastIndexOf("\n", this.tokens.starts[i]! - 1) + 1;
    return LIST_MARK.test(this.text.slice(lineStart, this.tokens.starts[i]));
  }

  /** The name from `from` to `to` is all a list's line holds, after its number or bullet. */
  private listLineOfOneName(from: number, to: number): boolean {
    const t = this.tokens;
    if (!this.opensListItem(from)) return false;
    const lineEnd = this.text.indexOf("\n", t.ends[to - 1]!);
    return LINE_REST.test(this.text.slice(t.ends[to - 1]!, lineEnd === -1 ? undefined : lineEnd));
  }

  /**
   * A full name before any company word, or a surname before a legal form: the person's own firm.
   * A particle is no name of its own: "Van Dijk Media B.V." is a firm.
   */
  private ownFirm(from: number, to: number): boolean {
    const t = this.tokens;
    // "Harrow Finch LLP", "Ashdown Moretti Ltd": a name after another capitalized word is the
    // second name of a firm's, not its owner's.
    const before = from - 1;
    if (
      before >= 0 &&
      t.joined(from) &&
      t.isCapitalized(before) &&
      !this.covered[before] &&
      !this.known(before) &&
      !this.has(before, Word.trigger | Word.title)
    )
      return false;
    // "Haddad Sterling LLP": two family names are partners; a full name opens with a given name.
    let words = 0;
    for (let i = from; i < to; i++) if (!this.has(i, Word.particle)) words++;
    const full = words >= 2 && this.has(from, Word.given | Word.ambiguousGiven);
    return full || (words === 1 && LEGAL_FORMS.has(this.tokens.lowers[to] ?? ""));
  }

  /**
   * A name inside a firm's name: after a trade ("Hausverwaltung Haberland"), or one of two joined
   * by "&" before a company word ("Hollis & Price Ltd", "Hollis & Price Plumbing").
   */
  private inFirmName(from: number, to: number): boolean {
    const t = this.tokens;
    for (let i = from > 0 && t.joined(from) ? from - 1 : from; i < to; i++)
      if (this.has(i, Word.trade)) return true;
    // "Möbelwerk Voigt GmbH", "Hörwelt Kaya": a family name alone after a shop word is the shop's.
    const lone = to - from === 1 && !this.firstName(from);
    if (
      lone &&
      from > 0 &&
      t.joined(from) &&
      t.isCapitalized(from - 1) &&
      SHOP_WORD.test(t.lowers[from - 1]!)
    )
      return true;
    if (from > 0 && this.ampersandBefore(from) && this.companyWordWithin(to, 3)) return true;
    // "Okafor & Reid LLP": after "&" even a given name is a partner's when a legal form follows.
    return (
      to < t.length &&
      this.ampersandBefore(to) &&
      t.isCapitalized(to) &&
      (!this.firstName(to) || this.followedByCompanyWord(to + 1)) &&
      this.companyWordWithin(to + 1, 3)
    );
  }

  /** Token i follows the one before it after a lone "&" ("Hollis & Price", "Tom & Grace"). */
  ampersandBefore(i: number): boolean {
    return i > 0 && AMPERSAND.test(this.tokens.gapBefore(i));
  }

  /**
   * A sole trader's owner: "Inh. Dr. Klaus-Dieter Meißner e.K." under a pharmacy's name. The name
   * between "Inhaber" and the legal form is the person's; "Umzüge Kaya e.K." stays a firm.
   */
  private ownerOfSoleTrader(from: number, to: number): boolean {
    if (to >= this.tokens.length) return false;
    const formStart = this.tokens.starts[to]!;
    if (!SOLE_TRADER.test(this.text.slice(formStart, formStart + 8))) return false;
    const nameStart = this.tokens.starts[from]!;
    return OWNER_BEFORE.test(this.text.slice(Math.max(0, nameStart - 24), nameStart));
  }

  /** Token i opens a legal form written with dots or a slash ("Ferraro S.r.l.", "Kjær A/S"). */
  legalFormAt(i: number): boolean {
    const start = this.tokens.starts[i]!;
    return DOTTED_LEGAL_FORM.test(this.text.slice(start, start + 12));
  }

  /** A company word among the `count` words joined from token `from` on. */
  private companyWordWithin(from: number, count: number): boolean {
    const t = this.tokens;
    for (let i = from; i < Math.min(t.length, from + count) && t.joined(i); i++)
      if (this.has(i, Word.company) || this.legalFormAt(i) || BUSINESS_COMPOUND.test(t.lowers[i]!))
        return true;
    return false;
  }

  private allKnown(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!this.known(i) && !this.tokens.isInitial(i)) return false;
    return true;
  }

  /**
   * True when what follows the name makes it a company: a company word ("Müller GmbH", "Nordlicht
   * Versand") or a partnership ("Brinkmann & Partner", "Weber & Söhne").
   */
  followedByCompanyWord(end: number): boolean {
    const t = this.tokens;
    if (end >= t.length) return false;
    const next = t.lowers[end]!;
    // "holt Frau Schmidt ab": a legal form of two letters counts only in capitals ("AB", "AG");
    // "Dr. Yilmaz direkt", "Anna Weber digital": other company words in lower case are prose.
    const lowerCase = t.words[end] === next;
    const proseWord = lowerCase && (next.length <= 2 || !LEGAL_FORMS.has(next));
    if (
      t.joined(end) &&
      ((this.has(end, Word.company) && !proseWord) ||
        this.legalFormAt(end) ||
        BUSINESS_COMPOUND.test(next) ||
        // "Georgiou IT-Services": a compound whose last part is a company word.
        (next.includes("-") && COMPANY_WORDS.has(next.slice(next.lastIndexOf("-") + 1))))
    )
      return true;
    const between = this.text.slice(t.ends[end - 1]!, t.starts[end]!);
    return AMPERSAND.test(between) && PARTNERSHIP.test(t.lowers[end]!);
  }

  /** Records a name over tokens [from, to). Known names stay names even before a company word. */
  emit(from: number, to: number, score: number, knownName = false): void {
    // "A.K. Yilmaz", "H.-D. Wolff": whatever found the name from its last initial, the first belongs to it too.
    if (!INITIALS_OF_NO_ONE.has(this.gluedInitials(from)))
      while (from > 0 && this.tokens.isInitial(from - 1) && ["", "-"].includes(this.tokens.gapBefore(from)))
        from--;
    // "COSTA, RAFAEL M": a middle initial without its dot that closes the line belongs to the name.
    if (this.lastInitialAt(to)) to++;
    // "Carola Engels von Becker Haustechnik", "Herr Brandtner von Becker Tanrıverdi & Partner": the
    // firm begins at the particle. One word before it is a name only after a salutation: "Van der
    // Linde Techniek", "Cerámicas del Turia S.L." are firms.
    if (this.followedByCompanyWord(to)) {
      const first = score === NameScore.salutation ? from + 1 : from + 2;
      for (let k = first; k < to; k++)
        if (this.has(k, Word.particle)) {
          to = k;
          break;
        }
    }
    if (to <= from || this.inFirmName(from, to)) return;
    if (score !== NameScore.salutation && this.petsOnly(from, to)) return;
    // "Chen Jiayi", "Nguyễn Thị Thu Hà": a family name written before the given name.
    from -= this.familyNameBefore(from, to);
    if (namesNoPerson(this.text, this.tokens, from, to)) return;
    // A known name before a company word stays a name ("Anna Schmidt GmbH" is Anna Schmidt's
    // firm) only if every word of it is a name: "Bühlmann Haustechnik AG" is a company. A known
    // surname alone before a trade ("Kühnel Haustechnik") is a company too.
    // After a salutation a trade (not a legal form) leaves the name a person's: "Frau Hoffmann
    // Reinigung", a contact saved with her trade; "Clew Bay Outdoor Ltd" stays a firm.
    const tradeAfterSalutation =
      score === NameScore.salutation &&
      !this.legalFormAt(to) &&
      !LEGAL_FORMS.has(this.tokens.lowers[to] ?? "");
    if (
      this.followedByCompanyWord(to) &&
      !tradeAfterSalutation &&
      !this.ownerOfSoleTrader(from, to) &&
      !(knownName && this.allKnown(from, to) && this.ownFirm(from, to))
    )
      return;
    const t = this.tokens;
    let start = t.starts[from]!;
    let end = t.ends[to - 1]!;
    let covered = 0;
    for (let i = from; i < to; i++) covered += this.covered[i]!;
    if (covered === to - from) return;
    if (covered > 0) {
      // A longer reading of a name found before ("Dagoberto Rollo" after "Rollo"): one span for both.
      for (let k = this.found.length - 1; k >= 0; k--) {
        const other = this.found[k]!;
        if (other.end <= start || other.start >= end) continue;
        start = Math.min(start, other.start);
        end = Math.max(end, other.end);
        score = Math.max(score, other.score);
        this.found.splice(k, 1);
      }
    }
    for (let i = from; i < to; i++) this.covered[i] = 1;
    this.found.push({ type: EntityType.ENTITY_TYPE_PERSON, start, end, score });
  }
}

import { GIVEN } from "./names/lexicon.js";

const TITLE_OR_SALUTATION =
  /^(?:herrn?|frau|hr|fr|mr|mrs|ms|miss|mx|dr|prof|dres|dipl|ing|mag|med|rer|nat|phil|jur|sir|dame|madame|monsieur)\.?$/i;

/** A person's name split for variant matching; all parts lower case. */
export interface NameParts {
  givens: string[];
  /** Initials of the given names, from "T. Müller" or from "Thomas". */
  initials: string[];
  surname: string | undefined;
  /** Number of meaningful parts, to pick the fullest spelling as the canonical one. */
  size: number;
}

export function splitName(value: string): NameParts {
  const parts = value
    .split(/[\s\u00a0]+/)
    .filter((part) => part.length > 0 && !TITLE_OR_SALUTATION.test(part))
    .map((part) => part.toLowerCase().replace(/,$/, ""));
  // "Müller, Thomas": surname first.
  const commaForm = /,/.test(value) && parts.length === 2;
  const ordered = commaForm ? [parts[1]!, parts[0]!] : parts;
  const initials: string[] = [];
  const givens: string[] = [];
  let surname: string | undefined;
  // "Dr." alone, a title a rule took for a name across a wrapped line: nothing to match on.
  if (ordered.length === 0) return { givens, initials, surname, size: 0 };
  if (ordered.length === 1) {
    const only = ordered[0]!.replace(/\.$/, "");
    if (GIVEN.has(only)) givens.push(only);
    else surname = only;
  } else {
    surname = ordered[ordered.length - 1]!.replace(/\.$/, "");
    for (const part of ordered.slice(0, -1)) {
      if (/^\p{L}\.?$/u.test(part)) initials.push(part[0]!);
      else if (!/^(?:von|van|de|der|den|zu|da|di|del|du|le|la|bin|al|el|dos|ten|ter)$/.test(part))
        givens.push(part);
    }
  }
  for (const given of givens) initials.push(given[0]!);
  return { givens, initials, surname, size: ordered.length };
}

/** Everything known about one person of a thread, gathered from all spellings seen. */
export class PersonIdentity {
  readonly givens = new Set<string>();
  readonly initials = new Set<string>();
  readonly surnames = new Set<string>();

  add(parts: NameParts): void {
    for (const given of parts.givens) this.givens.add(given);
    for (const initial of parts.initials) this.initials.add(initial);
    if (parts.surname !== undefined) this.surnames.add(parts.surname);
  }

  /**
   * How well a spelling fits this person: 0 = not at all, 1 = compatible (same family name, no
   * given name to compare), 2 = same given name too. "Anna Müller" does not fit "Thomas Müller"
   * even though both fit a bare "Müller".
   */
  match(parts: NameParts): number {
    if (parts.surname === undefined) {
      return parts.givens.some((given) => this.givens.has(given)) ? 2 : 0;
    }
    if (this.surnames.size > 0 && !this.surnameFits(parts.surname)) return 0;
    const given = parts.givens[0];
    if (given !== undefined && this.givens.size > 0) return this.givens.has(given) ? 2 : 0;
    const initial = parts.initials[0];
    if (initial !== undefined && this.initials.size > 0 && !this.initials.has(initial)) return 0;
    if (this.surnames.size === 0) return given !== undefined && this.givens.has(given) ? 2 : 0;
    return 1;
  }

  private surnameFits(surname: string): boolean {
    if (this.surnames.has(surname)) return true;
    for (const known of this.surnames) {
      if (
        (surname.length === 1 && known.startsWith(surname)) ||
        (known.length === 1 && surname.startsWith(known))
      )
        return true;
    }
    return false;
  }
}

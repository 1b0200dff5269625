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
  if (ordered.length === 1) {
    const only = ordered[0]!.replace(/\.$/, "");
    if (GIVEN.has(only)) givens.push(only);
    else surname = only;
  } else {
    surname = ordered[ordered.length - 1]!.replace(/\.$/, "");
    for (const part of ordered.slice(0, -1)) {
      if (/^\p{L}\.?$/u.test(part)) initials.push(part[0]!);
      else if (!/^(?:von|van|de|der|den|zu|da|di|del|du|le|la|bin|al|el|dos|ten|ter)$/.test(part)) givens.push(part);
    }
  }
  for (const given of givens) initials.push(given[0]!);
  return { givens, initials, surname, size: ordered.length };
}

/**
 * True when two spellings may name the same person: same surname with compatible given names
 * ("T. Müller" ~ "Thomas Müller" ~ "Müller"), or a lone given name equal to the other's.
 */
export function sameName(a: NameParts, b: NameParts): boolean {
  if (a.surname !== undefined && b.surname !== undefined) {
    if (a.surname !== b.surname && !initialOf(a.surname, b.surname) && !initialOf(b.surname, a.surname)) return false;
    return givensCompatible(a, b);
  }
  const lone = a.surname === undefined ? a : b;
  const other = lone === a ? b : a;
  return lone.givens.length > 0 && lone.givens.every((given) => other.givens.includes(given));
}

function initialOf(initial: string, full: string): boolean {
  return initial.length === 1 && full.startsWith(initial);
}

function givensCompatible(a: NameParts, b: NameParts): boolean {
  if (a.givens.length === 0 || b.givens.length === 0) {
    if (a.initials.length === 0 || b.initials.length === 0) return true;
    return a.initials[0] === b.initials[0];
  }
  return a.givens[0] === b.givens[0];
}

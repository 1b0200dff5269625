// The domains a mail names tell which capitalized words are firms: "Dear Pulsticket" in a mail
// from tickets@pulsticket.de greets a firm.

const DOMAIN_AT = /((?:[a-z0-9-]+\.)+)[a-z]{2,}/iy;

/** The labels of every domain in a text (after "@", "//" or "www."), split at dots and dashes, in lower case. */
export function domainLabelsOf(text: string): Set<string> {
  const labels = new Set<string>();
  for (const mark of ["@", "//", "www."]) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) {
      DOMAIN_AT.lastIndex = at + mark.length;
      const domain = DOMAIN_AT.exec(text);
      if (domain === null) continue;
      for (const label of domain[1]!.toLowerCase().split(/[.-]/)) if (label.length >= 3) labels.add(label);
    }
  }
  return labels;
}

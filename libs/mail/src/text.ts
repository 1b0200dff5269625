/** Line breaks to \n, non-breaking and zero-width spaces evened out, trailing blanks removed. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  euro: "€",
};

function dropElement(html: string, tag: string): string {
  let out = "";
  let position = 0;
  const lower = html.toLowerCase();
  for (;;) {
    const start = lower.indexOf(`<${tag}`, position);
    if (start < 0) return out + html.slice(position);
    out += html.slice(position, start);
    const end = lower.indexOf(`</${tag}`, start);
    if (end < 0) return out;
    position = lower.indexOf(">", end) + 1 || html.length;
  }
}

/**
 * A plain tag strip for HTML too large for a proper layout: linear in the input, so a huge or
 * hostile HTML part cannot stall the parser.
 */
export function htmlToPlainText(html: string): string {
  const withoutCode = dropElement(dropElement(html, "style"), "script");
  return withoutCode
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h[1-6])\b[^<>]*>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
      if (!name.startsWith("#")) return ENTITIES[name] ?? entity;
      const hex = name[1] === "x" || name[1] === "X";
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    })
    .replace(/\n{3,}/g, "\n\n");
}

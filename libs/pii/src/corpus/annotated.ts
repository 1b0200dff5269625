/** One labeled personal value in a corpus text; offsets are UTF-16 units, `end` exclusive. */
export interface Annotation {
  type: string;
  start: number;
  end: number;
  value: string;
}

export interface CorpusText {
  id: string;
  lang: "de" | "en";
  source: "generated" | "handwritten";
  /** Display names and local parts the mail headers would give the masker. */
  knownNames?: string[];
  text: string;
  entities: Annotation[];
}

/** A personal value inside a template: `pii("PERSON", name)`. */
export interface Pii {
  readonly type: string;
  readonly value: string;
}

export function pii(type: string, value: string): Pii {
  return { type, value };
}

export type Piece = string | Pii | Annotated | readonly Piece[];

/** Text with its annotations, composable: pieces can be nested `Annotated` values. */
export class Annotated {
  constructor(
    readonly text: string,
    readonly entities: readonly Annotation[],
  ) {}

  static join(pieces: readonly Piece[], separator = ""): Annotated {
    let text = "";
    const entities: Annotation[] = [];
    const add = (piece: Piece): void => {
      if (typeof piece === "string") {
        text += piece;
      } else if (piece instanceof Annotated) {
        for (const entity of piece.entities) {
          entities.push({ ...entity, start: entity.start + text.length, end: entity.end + text.length });
        }
        text += piece.text;
      } else if (Array.isArray(piece)) {
        for (const inner of piece) add(inner);
      } else {
        const { type, value } = piece as Pii;
        entities.push({ type, start: text.length, end: text.length + value.length, value });
        text += value;
      }
    };
    pieces.forEach((piece, index) => {
      if (index > 0 && separator.length > 0) text += separator;
      add(piece);
    });
    return new Annotated(text, entities);
  }
}

/** Template tag: interpolated `pii(...)` values become annotations, strings stay plain. */
export function mail(strings: TemplateStringsArray, ...values: Piece[]): Annotated {
  const pieces: Piece[] = [];
  strings.forEach((literal, index) => {
    pieces.push(literal);
    if (index < values.length) pieces.push(values[index]!);
  });
  return Annotated.join(pieces);
}

const MARKUP = /\{\{([A-Z_]+):((?:[^}]|\}(?!\}))+)\}\}/g;

/**
 * Hand-written texts mark values inline as {{TYPE:value}}; this strips the markup and records
 * the offsets. Texts are separated by lines "=== <id> <lang> [knownName; knownName]".
 */
export function parseHandwritten(source: string, idPrefix: string): CorpusText[] {
  const texts: CorpusText[] = [];
  const blocks = source.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const newline = block.indexOf("\n");
    const header = block.slice(0, newline).trim();
    const body = block.slice(newline + 1).replace(/\s+$/, "");
    const [id, lang, ...rest] = header.split(/\s+/);
    // The brackets around the names are optional; most sets write them.
    const known = rest
      .join(" ")
      .trim()
      .replace(/^\[(.*)\]$/, "$1")
      .trim();
    const pieces: Piece[] = [];
    let position = 0;
    for (const match of body.matchAll(MARKUP)) {
      pieces.push(body.slice(position, match.index), pii(match[1]!, match[2]!));
      position = match.index + match[0].length;
    }
    pieces.push(body.slice(position));
    const annotated = Annotated.join(pieces);
    texts.push({
      id: `${idPrefix}-${id}`,
      lang: lang === "en" ? "en" : "de",
      source: "handwritten",
      ...(known.length > 0 ? { knownNames: known.split(";").map((name) => name.trim()) } : {}),
      text: annotated.text,
      entities: [...annotated.entities],
    });
  }
  return texts;
}

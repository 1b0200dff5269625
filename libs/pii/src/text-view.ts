/** A text read another way, and where its characters came from. */
export interface TextView {
  text: string;
  /** Where the view's characters [start, end) came from in the mail. */
  original(start: number, end: number): { start: number; end: number };
}

/**
 * A view written piece by piece, each of its characters mapped to the range of the mail it stands
 * for: the dictated mail written down (spoken-view.ts), cut values joined (unwrapped-view.ts).
 */
export class MappedText {
  #text = "";
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** The mail's characters [from, to), unchanged. */
  keep(mail: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.#starts.push(i);
      this.#ends.push(i + 1);
    }
    this.#text += mail.slice(from, to);
  }

  /** `value` in place of the mail's [from, to): every character of it stands for the whole range. */
  stand(value: string, from: number, to: number): void {
    for (let k = 0; k < value.length; k++) {
      this.#starts.push(from);
      this.#ends.push(to);
    }
    this.#text += value;
  }

  /** The view of a mail `mailLength` long; past the view's end lies the mail's end. */
  view(mailLength: number): TextView {
    const starts = this.#starts;
    const ends = this.#ends;
    return {
      text: this.#text,
      original(start, end) {
        return { start: starts[start] ?? mailLength, end: ends[Math.max(start, end - 1)] ?? mailLength };
      },
    };
  }
}

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { maskText } from "./mask.js";

// Mask runs every pattern over text from strangers, on the event loop: one pattern that
// backtracks without end stalls the whole service. These texts are built to find such patterns;
// a normal mail takes about a millisecond, so a second means something is badly wrong.
const LIMIT_MS = 1_000;

function assertQuick(text: string, label: string): void {
  const started = performance.now();
  detectEntities(text);
  const took = performance.now() - started;
  assert.ok(took < LIMIT_MS, `${label} took ${took.toFixed(0)} ms (${text.length} characters)`);
}

describe("hostile text", () => {
  it("finishes lines that almost look like lists of codes in one pass", () => {
    // Grouping words into codes in more than one way made this take minutes at 40 words.
    for (const words of [40, 99])
      assertQuick(`backup codes:\n${"A1B ".repeat(words)}!`, `${words} code words`);
  });

  it("finishes long repeats and random runs of corpus words and punctuation", () => {
    const corpus = readFileSync(new URL("../../../test/fixtures/pii/dev.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .join(" ");
    const punctuation = [
      ",",
      ".",
      ":",
      ";",
      "-",
      "/",
      "(",
      ")",
      "\n",
      "  ",
      "@",
      "+49",
      "00",
      "1234",
      "DE",
      "AB",
      "&",
      "|",
      ">",
      '"',
    ];
    const pool = [...new Set(corpus.split(/\s+/))].slice(0, 3_000).concat(punctuation, punctuation);
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = () => pool[Math.floor(random() * pool.length)]!;
    for (let i = 0; i < 300; i++) {
      let text = "";
      if (i % 3 === 0) {
        const unit = Array.from({ length: 1 + (i % 4) }, pick).join(i % 2 === 0 ? " " : "");
        text = unit.repeat(Math.ceil(2_000 / unit.length)) + pick();
      } else {
        for (let k = 0; k < 400; k++) text += pick() + (random() < 0.7 ? " " : "");
      }
      assertQuick(text.slice(0, 4_000), `text ${i}`);
    }
  });

  it("finishes a mail with thousands of values, each checked against the others once", () => {
    // Searching every value again with its own scan of the text, or checking each guess against
    // every span found before, made this take seconds: work per value must not grow with the mail.
    // So what is checked is how the time grows, not a clock's limit, which a busy machine can
    // pass: four times the values may take about four times as long, not sixteen. The two sizes
    // take turns, five rounds, and each keeps its fastest: a busy spell of the machine's then
    // slows both or neither.
    const mail = (count: number) =>
      Array.from({ length: count }, (_, i) => `Kundennummer ${100_000 + i}, #${10_000 + (i % 90_000)}`).join(
        "; ",
      );
    const took = (text: string) => {
      const started = performance.now();
      detectEntities(text);
      return performance.now() - started;
    };
    const [smallMail, largeMail] = [mail(2_000), mail(8_000)];
    let [small, large] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let round = 0; round < 5; round++) {
      small = Math.min(small, took(smallMail));
      large = Math.min(large, took(largeMail));
    }
    assert.ok(
      large < 8 * small,
      `8,000 values took ${large.toFixed(0)} ms against ${small.toFixed(0)} ms for 2,000`,
    );
  });

  it("masks every corpus text in other shapes without failing: capitals, lower case, wrapped, quoted", () => {
    // Turkish capitals lengthen when lowered ("ALİ"), wraps cut names from their titles: the
    // shapes that made the masker throw. A sample of the hand-written sets, each in five shapes.
    const dir = new URL("../../../test/fixtures/pii/", import.meta.url);
    const texts = readdirSync(dir)
      .filter((file) => /^heldout-v\d+\.jsonl$/.test(file))
      .flatMap((file) =>
        readFileSync(new URL(file, dir), "utf8")
          .split("\n")
          .filter((line) => line.length > 0),
      )
      .filter((_, i) => i % 5 === 0)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const shapes = (text: string) => [
      text.toLocaleUpperCase("tr"),
      text.toLowerCase(),
      text.replace(/(.{20})/g, "$1\n"),
      text.replace(/\n/g, "\n> > "),
      text.replace(/ /g, "  "),
    ];
    for (const text of texts) for (const shape of shapes(text)) assert.doesNotThrow(() => maskText(shape));
  });
});

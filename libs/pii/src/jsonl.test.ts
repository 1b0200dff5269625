import assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { describe, it } from "node:test";
import { maskJsonl } from "./jsonl.js";

async function run(lines: string[]): Promise<{ records: Record<string, unknown>[]; summary: unknown }> {
  const input = Readable.from(lines.map((line) => `${line}\n`));
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const summary = await maskJsonl(input, output);
  output.end();
  const text = Buffer.concat(chunks).toString("utf8");
  return {
    records: text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    summary,
  };
}

describe("maskJsonl", () => {
  it("masks each line, keeps going after bad lines and reports UTF-16 offsets into the input", async () => {
    const text = "Grüße 🙂 von Anna Schmidt, anna@example.de";
    const { records, summary } = await run([
      JSON.stringify({ id: "a", text }),
      "{ not json",
      JSON.stringify({ id: 7, body: "no text field" }),
      "",
      JSON.stringify(["an", "array"]),
      JSON.stringify({ id: "b", text: "Nichts Persönliches hier." }),
    ]);
    assert.deepEqual(summary, { lines: 5, masked: 2, errors: 3 });
    assert.equal(records.length, 5);
    const first = records[0] as {
      id: string;
      masked: string;
      entities: { type: string; start: number; end: number }[];
    };
    assert.equal(first.id, "a");
    assert.equal(first.masked, "Grüße 🙂 von [[PERSON_1]], [[EMAIL_1]]");
    assert.deepEqual(
      first.entities.map((entity) => [entity.type, text.slice(entity.start, entity.end)]),
      [
        ["PERSON", "Anna Schmidt"],
        ["EMAIL", "anna@example.de"],
      ],
    );
    assert.deepEqual(records[1], { error: "invalid_json" });
    assert.deepEqual(records[2], { id: 7, error: "missing_text" });
    assert.deepEqual(records[3], { error: "not_an_object" });
    assert.deepEqual(records[4], { id: "b", masked: "Nichts Persönliches hier.", entities: [] });
  });

  it("handles thousands of texts in one pass with back-pressure", async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: `Kundennummer K-${10000 + i}, Tel. 030 ${1000000 + i}` }),
    );
    const input = Readable.from(lines.map((line) => `${line}\n`));
    // A small high-water mark forces the writer to wait for 'drain'.
    const output = new PassThrough({ highWaterMark: 64 });
    let count = 0;
    output.on("data", (chunk: Buffer) => {
      count += chunk.toString("utf8").split("\n").length - 1;
    });
    const summary = await maskJsonl(input, output);
    output.end();
    assert.deepEqual(summary, { lines: 3000, masked: 3000, errors: 0 });
    assert.equal(count, 3000);
  });
});

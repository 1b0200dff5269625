import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { ConfigPath } from "./paths.js";

export interface YamlSource {
  /** The document as plain data; null for an empty file. */
  data: unknown;
  /** Line and offset of the deepest node along a path that exists in the file. */
  locate(path: ConfigPath): { line: number; offset: number } | undefined;
}

export type YamlSyntaxProblem = { line: number; column: number; message: string };

/**
 * Parses YAML 1.2 (so `on`/`yes` stay strings) with `<<` merge keys, which lets several mailboxes
 * share one anchored block. Returns the first syntax error, if any, with its line and column.
 */
export function readYaml(text: string): YamlSource | YamlSyntaxProblem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    return { line, column: col, message: firstLine(first.message) };
  }
  return {
    data: doc.toJS({ maxAliasCount: 1000 }),
    locate(path) {
      let node: unknown = doc.contents;
      let offset: number | undefined = rangeStart(node);
      let found = 0;
      for (const segment of path) {
        if (isAlias(node)) node = node.resolve(doc);
        let next: unknown;
        let keyOffset: number | undefined;
        if (isMap(node) && typeof segment === "string") {
          const pair = node.items.find(
            (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
          );
          next = pair?.value;
          keyOffset = rangeStart(pair?.key);
        } else if (isSeq(node) && typeof segment === "number") {
          next = node.items[segment];
        }
        if (next === undefined && keyOffset === undefined) break;
        offset = keyOffset ?? rangeStart(next) ?? offset;
        node = next;
        found++;
      }
      // A key absent from the whole file (a default) has no line worth naming.
      if (offset === undefined || (found === 0 && path.length > 0)) return undefined;
      return { line: lineCounter.linePos(offset).line, offset };
    },
  };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

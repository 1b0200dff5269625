import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";

/** The positional FILE argument, or standard input for none or "-". */
export function inputStream(path: string | undefined, stdin: NodeJS.ReadableStream): Readable {
  return (path && path !== "-" ? createReadStream(path) : stdin) as Readable;
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

import { PassThrough } from "node:stream";
import { main } from "./main.js";

/** Runs `poststelle <argv>` in this process, with `input` on stdin; returns the code and the output. */
export async function run(argv: string[], input = ""): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  stdin.end(input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  stderr.on("data", (c: Buffer) => {
    err += c.toString("utf8");
  });
  const code = await main(argv, { stdin, stdout, stderr, env: {} });
  return { code, out, err };
}

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ENGINE = fileURLToPath(new URL("./engine.js", import.meta.url));

/** Runs one expression twice in a fresh process and returns V8's trace of its tiering. */
function tierUpTrace(compileAtOnce: boolean): string {
  const script = [
    compileAtOnce ? `(await import(${JSON.stringify(ENGINE)})).compileRegExpsAtOnce();` : "",
    'const word = new RegExp("[a-z]+(?=\\\\d)", "g");',
    'for (let i = 0; i < 2; i++) "abc1 def2".match(word);',
  ].join("\n");
  const child = spawnSync(process.execPath, ["--trace-regexp-tier-up", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  assert.equal(child.status, 0, child.stderr);
  return child.stdout;
}

describe("compileRegExpsAtOnce", () => {
  it("turns V8's interpreting of a regular expression before compiling it off", () => {
    assert.match(tierUpTrace(false), /tier-up/, "V8's default interprets first and tiers up");
    assert.doesNotMatch(tierUpTrace(true), /tier-up/);
  });
});

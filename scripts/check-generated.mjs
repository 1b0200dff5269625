// Fails when libs/contracts/src/gen is not what `buf generate` makes from proto/ now.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const GEN = "libs/contracts/src/gen";
const out = mkdtempSync(join(tmpdir(), "poststelle-gen-"));

function files(dir) {
  if (!statSync(dir, { throwIfNoEntry: false })) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}

try {
  execFileSync("npx", ["buf", "generate", "-o", out], { stdio: "inherit" });
  const fresh = join(out, GEN);
  const want = files(fresh);
  const have = files(GEN);
  const stale = [...new Set([...want, ...have])].filter((f) => {
    const a = statSync(join(fresh, f), { throwIfNoEntry: false }) && readFileSync(join(fresh, f), "utf8");
    const b = statSync(join(GEN, f), { throwIfNoEntry: false }) && readFileSync(join(GEN, f), "utf8");
    return a !== b;
  });
  if (stale.length > 0) {
    console.error(`generated code is stale, run \`npm run proto:generate\`:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`generated code is current (${want.length} files)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

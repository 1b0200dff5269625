// Runs every compiled *.bench.js one after the other; each prints its own table.
import { spawnSync } from "node:child_process";
import { findCompiled } from "./find-compiled.mjs";

const files = findCompiled(".bench.js", process.argv[2] ?? "");
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, ["--expose-gc", file], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

// Runs every compiled *.test.js with node's test runner. Optional argument: a path filter,
// e.g. `npm test -- libs/bus`.
import { spawnSync } from "node:child_process";
import { findCompiled } from "./find-compiled.mjs";

const files = findCompiled(".test.js", process.argv[2] ?? "");
if (files.length === 0) {
  console.error("no test files found: run `npm run build` first");
  process.exit(1);
}
// Two cores: one test file at a time keeps real servers from starving each other.
const concurrency = process.env.TEST_CONCURRENCY ?? "1";
const result = spawnSync(
  process.execPath,
  ["--test", `--test-concurrency=${concurrency}`, "--test-timeout=300000", ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { generatedFiles } from "./generated-files.js";
import { REPO_ROOT } from "./paths.js";

// Writes the generated deploy files; `npm run generate -w @poststelle/deploy-tests` after a build.
for (const file of generatedFiles()) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.content);
  process.stdout.write(`wrote ${relative(REPO_ROOT, file.path)}\n`);
}

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { test } from "node:test";
import { generatedFiles } from "./generated-files.js";
import { REPO_ROOT } from "./paths.js";

test("generated NATS permission files are current (npm run generate -w @poststelle/deploy-tests)", () => {
  for (const file of generatedFiles()) {
    const committed = readFileSync(file.path, "utf8");
    assert.equal(committed, file.content, `${relative(REPO_ROOT, file.path)} is stale: regenerate it`);
  }
});

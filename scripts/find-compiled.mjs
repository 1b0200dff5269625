// Lists compiled files of the workspace whose name ends with a suffix (".test.js", ".bench.js").
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOTS = ["libs", "services", "test"];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function findCompiled(suffix, filter = "") {
  const found = [];
  for (const root of ROOTS) {
    for (const pkg of readdirSync(root)) {
      const dist = join(root, pkg, "dist");
      if (!statSync(dist, { throwIfNoEntry: false })?.isDirectory()) continue;
      for (const file of walk(dist)) {
        if (file.endsWith(suffix) && file.includes(filter)) found.push(file);
      }
    }
  }
  return found.sort();
}

// Adds package-lock entries for the other platforms' binaries of biome and buf. The registry this
// project installs from serves only this platform's, so npm leaves them out of the lock and then
// `npm ci` refuses the lock as out of sync. npm skips these entries on non-matching platforms.
// Runs in `prepare`, so every `npm install` leaves a lock that `npm ci` accepts.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const platform = (name) => {
  const m = name.match(
    /-(android|darwin|linux|win32|freebsd|openbsd|sunos|aix)-(x64|arm64|ia32|armv7|arm|s390x|ppc64|loong64|riscv64)(-musl)?$/,
  );
  const cpu = m?.[2] === "armv7" ? "arm" : m?.[2];
  return m ? { os: [m[1]], cpu: [cpu], ...(m[3] ? { libc: ["musl"] } : {}) } : undefined;
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = path ? `${path}/node_modules/${dep}` : key;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const p = platform(dep);
    if (!p) continue;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...p };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
if (added > 0) console.log(`package-lock.json: added ${added} entries for other platforms' binaries`);

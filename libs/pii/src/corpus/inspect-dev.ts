// Lists the dev set's leaks and needless masks, for improving the detectors.
// Deliberately dev-only: the held-out set is measured by the bench, never inspected.
// Run: node libs/pii/dist/corpus/inspect-dev.js [TYPE]
import { evaluate, loadCorpus, precisionOf, recallOf } from "./evaluate.js";

const only = process.argv[2];
const result = evaluate(loadCorpus("dev"));
for (const score of [...result.byType.values()].sort((a, b) => a.type.localeCompare(b.type))) {
  console.log(
    `${score.type.padEnd(18)} support ${String(score.support).padStart(4)}  recall ${recallOf(score).toFixed(3)}  precision ${precisionOf(score).toFixed(3)}`,
  );
}
for (const leak of result.leaks)
  if (!only || leak.type === only) console.log(`LEAK ${leak.id} ${leak.type}: ${leak.context}`);
for (const fp of result.falsePositives)
  if (!only || fp.type === only) console.log(`FP   ${fp.id} ${fp.type}: ${fp.context}`);

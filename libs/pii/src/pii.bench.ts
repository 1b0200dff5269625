// Measures the PII engine on the labeled corpus (test/fixtures/pii) and its throughput.
// Run: npm run bench (or node libs/pii/dist/pii.bench.js). Prints numbers; asserts nothing.

import type { CorpusText } from "./corpus/annotated.js";
import {
  combine,
  type Evaluation,
  evaluate,
  groupOf,
  loadCorpus,
  precisionOf,
  recallOf,
  STRUCTURED_TYPE_NAMES,
  type TypeScore,
} from "./corpus/evaluate.js";
import { compileRegExpsAtOnce } from "./engine.js";
import { maskText } from "./mask.js";

// As the poststelle binary runs the masker.
compileRegExpsAtOnce();

const TARGET_MAIL_CHARS = 2048;
const WARMUP_ROUNDS = 3;
const MIN_MEASURE_MS = 5000;

function row(score: TypeScore): string {
  return `${score.type.padEnd(20)} ${String(score.support).padStart(7)} ${recallOf(score).toFixed(3).padStart(7)} ${String(score.leaked).padStart(6)} ${String(score.predicted).padStart(9)} ${precisionOf(score).toFixed(3).padStart(9)}`;
}

function printEvaluation(name: string, texts: readonly CorpusText[], result: Evaluation): void {
  console.log(
    `\n${name}: ${texts.length} texts (${texts.filter((t) => t.source === "handwritten").length} hand-written)`,
  );
  console.log(
    `${"type".padEnd(20)} ${"support".padStart(7)} ${"recall".padStart(7)} ${"leaks".padStart(6)} ${"predicted".padStart(9)} ${"precision".padStart(9)}`,
  );
  const scores = [...result.byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  for (const score of scores) console.log(row(score));
  console.log(row(groupOf(result, (type) => STRUCTURED_TYPE_NAMES.has(type), "(structured)")));
  console.log(row(groupOf(result, (type) => !STRUCTURED_TYPE_NAMES.has(type), "(person+address)")));
  console.log(row(combine(scores, "(all)")));
}

/** ~2 KB mails: corpus texts joined as a quoted thread, the way long support mails look. */
function buildMails(texts: readonly CorpusText[]): string[] {
  const mails: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    let mail = texts[i]!.text;
    for (let j = i + 1; mail.length < TARGET_MAIL_CHARS; j++) {
      mail += `\n\n> ${texts[j % texts.length]!.text.replace(/\n/g, "\n> ")}`;
    }
    mails.push(mail.slice(0, TARGET_MAIL_CHARS));
  }
  return mails;
}

/**
 * Masks the mails round after round for a few seconds, timing each round in CPU time of this
 * process (so "per core", also when the machine is shared). Reports the median and the best round:
 * on a busy machine the best round is closest to what an idle core does.
 */
function throughput(mails: readonly string[]): void {
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const mail of mails) maskText(mail);
  const chars = mails.reduce((sum, mail) => sum + mail.length, 0);
  const bytes = mails.reduce((sum, mail) => sum + Buffer.byteLength(mail), 0);
  const roundSeconds: number[] = [];
  const wallStart = performance.now();
  while (performance.now() - wallStart < MIN_MEASURE_MS || roundSeconds.length < 5) {
    const cpuStart = process.cpuUsage();
    for (const mail of mails) maskText(mail);
    const cpu = process.cpuUsage(cpuStart);
    roundSeconds.push((cpu.user + cpu.system) / 1e6);
  }
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const sorted = [...roundSeconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const best = sorted[0]!;
  const line = (seconds: number): string =>
    `${(mails.length / seconds).toFixed(0)} mails/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s`;
  console.log(
    `\nthroughput: ${mails.length} mails, average ${(chars / mails.length).toFixed(0)} chars (${(bytes / mails.length).toFixed(0)} bytes UTF-8), ${roundSeconds.length} rounds`,
  );
  console.log(`  one core, median round: ${line(median)}`);
  console.log(`  one core, best round:   ${line(best)}`);
  console.log(`  wall clock overall:     ${line(wallSeconds / roundSeconds.length)}`);
  console.log("  (target: 2000 mails/s per core for ~2 KB mails; regular expressions compiled at once)");
}

const dev = loadCorpus("dev");
const heldout = loadCorpus("heldout");
const heldoutV1 = loadCorpus("heldout-v1");
printEvaluation("dev (tuned on)", dev, evaluate(dev));
printEvaluation(
  "held-out v1 (used up: blind once, then guided dev examples; not an unbiased estimate)",
  heldoutV1,
  evaluate(heldoutV1),
);
printEvaluation(
  "held-out v2 (blind once: structured 0.938, PERSON 0.967, address 0.983; later informed fixes, see fixtures README)",
  heldout,
  evaluate(heldout),
);
// The hand-written held-out sets and what each has been used for (test/fixtures/pii/README.md).
const HAND_WRITTEN_SETS = [
  ["heldout-v4", "blind once on 2026-12-05, then its per-type figures guided dev v5"],
  [
    "heldout-v5",
    "blind once on 2026-12-05, then its per-type figures guided dev v6 and its totals checked the name lists",
  ],
  ["heldout-v6", "blind once on 2026-12-05, then its per-type figures chose dev v7's topics"],
  [
    "heldout-v7",
    "blind once on 2026-12-05 after the dev v7 work, then checked for regressions by its totals",
  ],
  ["heldout-v8", "blind once on 2026-12-05 after the dev v8 work, then its misses were worked on"],
  ["heldout-v9", "blind once on 2026-12-05 after the dev v9 work, then its misses were worked on"],
  ["heldout-v10", "blind once on 2026-12-05 after the dev v10 work, then its false positives were worked on"],
  ["heldout-v11", "blind once on 2026-12-05, then its misses were worked on"],
  ["heldout-v12", "blind once on 2026-12-05, then its structured misses were worked on"],
  ["heldout-v13", "blind once on 2026-12-05 at a session's end, then its misses were worked on"],
  [
    "heldout-v14",
    "written to stress the hardest structured values; blind once on 2026-12-05, then its misses were worked on",
  ],
  ["heldout-v15", "blind once on 2026-12-05, then its misses and false positives were worked on"],
  ["heldout-v16", "blind once on 2026-12-05, then its misses and false positives were worked on"],
  ["heldout-v17", "hand-written blind by a helper; measured blind once on 2026-12-05, unread"],
  [
    "heldout-v18",
    "written to stress keyword spellings and secrets in prose; blind once on 2026-12-05, then its misses were worked on",
  ],
  [
    "heldout-v19",
    "a wholesaler's and forwarder's mailbox; blind once on 2026-12-05, then its misses were worked on",
  ],
  [
    "heldout-v20",
    "a housing association's mailbox; blind once on 2026-12-05, then its misses were worked on",
  ],
  ["heldout-v21", "a travel agency's mailbox; blind once on 2026-12-05, then its misses were worked on"],
  ["heldout-v22", "a craft business's mailbox; blind once on 2026-12-05, then its misses were worked on"],
  [
    "heldout-v23",
    "an international office's mailboxes; blind once on 2026-12-05, then its misses were worked on",
  ],
  [
    "heldout-v24",
    "a telecom and energy provider's mailboxes; blind once on 2026-12-05, then its misses were worked on",
  ],
  ["heldout-v25", "a health insurer's and practices' mailboxes; blind once on 2026-12-05, then worked on"],
  ["heldout-v26", "an HR and recruiting mailbox; blind once on 2026-12-05, then worked on"],
  ["heldout-v27", "property management in Austria and Switzerland; blind once on 2026-12-05, then worked on"],
  [
    "heldout-v28",
    "a marketplace's UK, Irish and North American customers; blind once on 2026-12-05, then worked on",
  ],
  ["heldout-v29", "a car dealer's workshops, leasing and rentals; blind once on 2026-12-05, then worked on"],
  ["heldout-v30", "a tour operator's bookings and passenger lists; blind once on 2026-12-05, then worked on"],
  ["heldout-v31", "a debt collection agency's mailbox; blind once on 2026-12-05, then worked on"],
  ["heldout-v32", "a SaaS and hosting company's support; blind once on 2026-12-05, then worked on"],
  ["heldout-v33", "a town's citizen services and schools; blind once on 2026-12-05, then worked on"],
  ["heldout-v34", "a law firm and notary office; blind once on 2026-12-05, then worked on"],
  ["heldout-v35", "a retail bank's customer service; blind once on 2026-12-05, then worked on"],
  ["heldout-v36", "a charity's supporter services; blind once on 2026-12-05, then worked on"],
  ["heldout-v37", "a fitness chain and event ticketing; blind once on 2026-12-05, then worked on"],
  ["heldout-v38", "a tax advisor's and payroll office; blind once on 2026-12-05, then worked on"],
  ["heldout-v39", "a vet clinic and a pet insurer; blind once on 2026-12-05, then worked on"],
  ["heldout-v40", "machine-made mail: forms, exports, vCards; blind once on 2026-12-05, then worked on"],
  ["heldout-v41", "a transport company's customer service; blind once on 2026-12-05, then worked on"],
  ["heldout-v42", "a hotel group's reservations and front desk; blind once on 2026-12-05, then worked on"],
  ["heldout-v43", "chat, message and voicemail transcripts; blind once on 2026-12-05, then worked on"],
  ["heldout-v44", "a real-estate agency's lettings and sales; blind once on 2026-12-05, then worked on"],
  ["heldout-v45", "a nurse recruitment agency abroad; blind once on 2026-12-05, then worked on"],
  ["heldout-v46", "an IT security desk's pasted raw headers; blind once on 2026-12-05, then worked on"],
] as const;
for (const [set, history] of HAND_WRITTEN_SETS) {
  const corpus = loadCorpus(set);
  printEvaluation(
    `held-out ${set.slice("heldout-".length)} (${history}: see fixtures README)`,
    corpus,
    evaluate(corpus),
  );
}
const withoutHeaders = evaluate(heldout, { knownNames: false });
const person = withoutHeaders.byType.get("PERSON");
if (person !== undefined)
  console.log(`\nheld-out PERSON without header names (knownNames): recall ${recallOf(person).toFixed(3)}`);
throughput(buildMails([...dev, ...heldout, ...heldoutV1]));

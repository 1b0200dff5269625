// Routing quality of rules + the embedded classifier on the held-out mails, and throughput of the
// LLM path against the test LLM server. Prints tables; asserts nothing (see routing-quality.test).
import { defaultConfig } from "@poststelle/config";
import { likelyLanguage } from "@poststelle/language";
import { createChatClient } from "@poststelle/llm";
import { startTestLlm } from "@poststelle/test-support";
import { classifyMail } from "./classify-mail.js";
import { loadHeldOutMails, routableMail, scoreRouting } from "./evaluation.js";
import { trainFallbackClassifier } from "./fallback-classifier.js";
import { readLabeledMails, trainingExamples } from "./labeled-mails.js";
import { routingText } from "./text-features.js";

const config = defaultConfig({});
const departments = config.departments;
const exclude = [config.triage.department];
const train = await readLabeledMails(config.embeddedClassifier.labeledMails);
const heldout = loadHeldOutMails();

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log(
  `labeled mails: ${train.length} shipped for training, ${heldout.length} held-out; departments: ${departments.length}`,
);
console.log("\nrules + embedded classifier on the held-out mails (department before the triage threshold)");
const variants = [
  { name: "departments only", examples: [] },
  { name: "embedded defaults (+ labeled mails)", examples: trainingExamples(train) },
];
const rows = [];
const perDepartment: Record<string, Record<string, string>> = {};
for (const variant of variants) {
  const trained = timed(() => trainFallbackClassifier(departments, variant.examples, { exclude }));
  const scores = scoreRouting(heldout, config.rules, trained.value);
  const classifyRun = timed(() => {
    for (let i = 0; i < 5; i++)
      for (const mail of heldout) trained.value.classify(routingText(routableMail(mail)));
  });
  let triaged = 0;
  let correctKept = 0;
  for (const mail of heldout) {
    const result = await classifyMail(routableMail(mail), {
      departments,
      rules: config.rules,
      triage: config.triage,
      fallback: trained.value,
    });
    if (result.department === config.triage.department) triaged++;
    else if (result.department === mail.department) correctKept++;
  }
  rows.push({
    variant: variant.name,
    "train ms": trained.ms.toFixed(1),
    accuracy: pct(scores.accuracy),
    "macro-F1": scores.macroF1.toFixed(3),
    "by rule": scores.byRule,
    [`triage (<${config.triage.minConfidence})`]: pct(triaged / heldout.length),
    "accuracy of the rest": pct(correctKept / (heldout.length - triaged)),
    "classify mails/s": Math.round((5 * heldout.length) / (classifyRun.ms / 1000)),
  });
  for (const [department, f1] of Object.entries(scores.f1ByDepartment)) {
    perDepartment[department] ??= {};
    perDepartment[department][variant.name] = f1.toFixed(2);
  }
}
console.table(rows);
console.log("F1 by department (held-out):");
console.table(perDepartment);
const languageHits = heldout.filter((mail) => likelyLanguage(routingText(mail)) === mail.language);
console.log(`language heuristic on held-out: ${pct(languageHits.length / heldout.length)} correct`);

console.log(
  "\nLLM path throughput: classifyMail through the chat client, test LLM server at 500 ms per answer",
);
const llm = await startTestLlm({ latencyMs: 500 });
const fallback = trainFallbackClassifier(departments, trainingExamples(train), { exclude });
const throughput = [];
try {
  for (const inFlight of [1, 8, 32]) {
    const client = createChatClient(
      {
        baseUrl: llm.baseUrl,
        model: "bench-model",
        timeoutMs: 10_000,
        maxRetries: 0,
        retryBackoffMs: 100,
        concurrency: inFlight,
        breakerFailureThreshold: 5,
        breakerResetMs: 10_000,
        temperature: 0,
        maxTokens: 200,
      },
      { name: "classify" },
    );
    const mails = Array.from({ length: inFlight * 6 }, (_, i) => routableMail(heldout[i % heldout.length]!));
    const started = performance.now();
    const results = await Promise.all(
      mails.map((mail) =>
        classifyMail(mail, {
          departments,
          rules: [],
          triage: config.triage,
          llm: client,
          fallback,
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const perSecond = mails.length / seconds;
    const ideal = inFlight * 2;
    throughput.push({
      "in flight": inFlight,
      mails: mails.length,
      "decided by llm": results.filter((r) => r.decidedBy === "llm").length,
      "mails/s": perSecond.toFixed(2),
      "ideal (N×2/s)": ideal,
      ratio: (perSecond / ideal).toFixed(3),
      "server max in flight": llm.maxInFlight,
    });
    client.close();
  }
} finally {
  await llm.stop();
}
console.table(throughput);

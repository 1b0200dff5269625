import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  connectBus,
  consumeEvents,
  declarePipeline,
  type EventConsumer,
  publishEvent,
} from "@poststelle/bus";
import {
  type EventMeta,
  Events,
  MailClassified,
  MailDelivered,
  MailDrafted,
  MailIngested,
  MailMasked,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import { freePort, startNats, startTestLlm } from "@poststelle/test-support";
import { startPoststelle } from "poststelle";
import { politeDraft } from "./llm-answers.js";
import { generateMails } from "./mails.js";
import { writePipelineConfig } from "./pipeline-config.js";
import { captureTelemetry, waitFor } from "./probes.js";

/*
 * The pipeline against the bus's own limit. First a 5-hop relay of 2 KB events through the five
 * streams with handlers that do nothing, over the same client path (consumeEvents/publishEvent);
 * then the real pipeline (folder mailbox, all five services in this one process, tracing on), with
 * the embedded classifier and templates, and with a 1 s test LLM drafting at N requests in flight.
 * Numbers only, never pass/fail.
 */

const captured = captureTelemetry("warn");
const stageOptions = { concurrency: 64, maxDeliver: 3, ackWaitMs: 30_000, backoffMs: [200] };
const percentile = (values: number[], p: number) =>
  values.length === 0
    ? Number.NaN
    : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;
let peakRssBytes = 0;
const sampleRss = setInterval(() => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
}, 50);

async function rawRelay(count: number): Promise<number> {
  const nats = await startNats();
  const bus = await connectBus({ servers: nats.url, name: "bench-relay" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  const body = "x".repeat(2_048);
  const meta = (i: number): EventMeta => ({
    schemaVersion: SCHEMA_VERSION,
    mailId: `m_bench_${i}`,
    threadId: `t_bench_${i}`,
    ref: undefined,
    occurredAt: undefined,
  });
  let delivered = 0;
  const consumers: EventConsumer[] = [
    await consumeEvents(bus, {
      ...stageOptions,
      event: Events.ingested,
      durable: "r1",
      stage: "mask",
      handler: async (e) =>
        void (await publishEvent(
          bus,
          Events.masked,
          MailMasked.fromPartial({ meta: e.meta, bodyText: body }),
        )),
    }),
    await consumeEvents(bus, {
      ...stageOptions,
      event: Events.masked,
      durable: "r2",
      stage: "classify",
      handler: async (e) =>
        void (await publishEvent(bus, Events.classified, MailClassified.fromPartial({ mail: e }))),
    }),
    await consumeEvents(bus, {
      ...stageOptions,
      event: Events.classified,
      durable: "r3",
      stage: "draft",
      handler: async (e) =>
        void (await publishEvent(
          bus,
          Events.drafted,
          MailDrafted.fromPartial({ meta: e.mail?.meta, bodyText: body }),
        )),
    }),
    await consumeEvents(bus, {
      ...stageOptions,
      event: Events.drafted,
      durable: "r4",
      stage: "unmask",
      handler: async (e) =>
        void (await publishEvent(bus, Events.delivered, MailDelivered.fromPartial({ meta: e.meta }))),
    }),
    await consumeEvents(bus, {
      ...stageOptions,
      event: Events.delivered,
      durable: "r5",
      stage: "observer",
      handler: async () => void delivered++,
    }),
  ];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      publishEvent(bus, Events.ingested, MailIngested.fromPartial({ meta: meta(i), bodyText: body })),
    ),
  );
  await waitFor("relay", async () => delivered >= count, 120_000);
  const seconds = (performance.now() - started) / 1000;
  for (const c of consumers) await c.stop();
  await bus.close();
  await nats.stop();
  return count / seconds;
}

interface PipelineRun {
  mailsPerSecond: number;
  hopMs: Record<string, [number, number]>;
  endToEnd: [number, number];
}

async function pipeline(
  count: number,
  llm?: { latencyMs: number; concurrency: number },
): Promise<PipelineRun> {
  const dir = await mkdtemp(join(tmpdir(), "poststelle-bench-"));
  const inbox = join(dir, "in");
  await mkdir(inbox);
  for (const mail of generateMails({ count, seed: 7, automaticEvery: 0 }))
    await writeFile(join(inbox, `${String(mail.index).padStart(5, "0")}.eml`), mail.raw);
  const nats = await startNats();
  const testLlm = llm ? await startTestLlm({ latencyMs: llm.latencyMs }) : undefined;
  testLlm?.answerWith(politeDraft);
  const { config } = await writePipelineConfig(dir, {
    natsUrl: nats.url,
    folder: { path: inbox, outputPath: join(dir, "out") },
    grpcPort: await freePort(),
    metricsPort: await freePort(),
    logLevel: "warn",
  });
  const withLlm = testLlm
    ? {
        ...config,
        llm: { draft: { ...config.llm.draft!, ...draftEndpoint(testLlm.baseUrl, llm!.concurrency) } },
        stages: { ...config.stages, concurrency: { ...config.stages.concurrency, draft: llm!.concurrency } },
      }
    : config;
  captured.spans.reset();
  const started = performance.now();
  const running = await startPoststelle({
    config: withLlm,
    services: ["ingest", "mask", "classify", "draft", "unmask"],
    dataDir: dir,
    telemetry: captured.telemetry,
  });
  await waitFor(
    "pipeline",
    async () => (await running.bus.jsm.streams.info(Events.delivered.stream)).state.messages >= count,
    300_000,
  );
  const seconds = (performance.now() - started) / 1000;
  await running.stop();
  await Promise.allSettled([nats.stop(), testLlm?.stop()]);
  await rm(dir, { recursive: true, force: true });

  const spans = captured.spans.getFinishedSpans();
  const hopMs: Record<string, [number, number]> = {};
  for (const hop of ["mail.ingested", "mail.masked", "mail.classified", "mail.drafted"]) {
    const durations = spans
      .filter((s) => s.name === `process ${hop}`)
      .map((s) => s.duration[0] * 1e3 + s.duration[1] / 1e6);
    hopMs[hop] = [percentile(durations, 0.5), percentile(durations, 0.99)];
  }
  // End to end: from ingest's publish to unmask's publish of mail.delivered, per mail.
  const firstByMail = new Map<string, number>();
  const lastByMail = new Map<string, number>();
  for (const s of spans) {
    const id = s.attributes["poststelle.mail_id"];
    if (typeof id !== "string") continue;
    const at = s.startTime[0] * 1e3 + s.startTime[1] / 1e6;
    const end = s.endTime[0] * 1e3 + s.endTime[1] / 1e6;
    if (s.name === "publish mail.ingested") firstByMail.set(id, at);
    if (s.name === "publish mail.delivered") lastByMail.set(id, end);
  }
  const e2e = [...lastByMail].flatMap(([id, end]) =>
    firstByMail.has(id) ? [end - firstByMail.get(id)!] : [],
  );
  return { mailsPerSecond: count / seconds, hopMs, endToEnd: [percentile(e2e, 0.5), percentile(e2e, 0.99)] };
}

function draftEndpoint(baseUrl: string, concurrency: number) {
  return {
    baseUrl,
    model: "test-model",
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBackoffMs: 50,
    concurrency,
    breakerFailureThreshold: 1_000,
    breakerResetMs: 1_000,
    temperature: 0,
    maxTokens: 512,
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const relay = await rawRelay(2_000);
console.log(`raw JetStream 5-hop relay, 2 KB events, no work: ${fmt(relay)} msgs/s end to end`);
const embedded = await pipeline(300);
console.log("\n| run | mails/s | ratio to relay | e2e p50 ms | e2e p99 ms |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(`| relay (no work) | ${fmt(relay)} | 1.00 | - | - |`);
console.log(
  `| pipeline, embedded classifier + templates | ${fmt(embedded.mailsPerSecond)} | ${(embedded.mailsPerSecond / relay).toFixed(3)} | ${fmt(embedded.endToEnd[0])} | ${fmt(embedded.endToEnd[1])} |`,
);
console.log("\n| hop (embedded run) | p50 ms | p99 ms |\n| --- | ---: | ---: |");
for (const [hop, [p50, p99]] of Object.entries(embedded.hopMs))
  console.log(`| process ${hop} | ${fmt(p50)} | ${fmt(p99)} |`);
console.log(
  "\n| draft LLM at 1 s, N in flight | mails/s | ideal (N/s) | ratio |\n| --- | ---: | ---: | ---: |",
);
for (const n of [1, 8, 32]) {
  const run = await pipeline(Math.max(8, 3 * n), { latencyMs: 1_000, concurrency: n });
  console.log(`| N = ${n} | ${fmt(run.mailsPerSecond)} | ${n} | ${(run.mailsPerSecond / n).toFixed(2)} |`);
}
clearInterval(sampleRss);
console.log(
  `\npeak RSS of the one process running all five services (plus the bench's own relay): ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
);
await captured.telemetry.shutdown();

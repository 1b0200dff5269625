import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { join } from "node:path";
import {
  connectBus,
  consumeEvents,
  declareBucket,
  declarePipeline,
  type EventConsumer,
  publishAuditRecord,
  publishEvent,
  streamCount,
} from "@poststelle/bus";
import {
  type EventMeta,
  Events,
  MailAudited,
  MailClassified,
  MailDelivered,
  MailDrafted,
  MailIngested,
  MailMasked,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import { startTelemetry } from "@poststelle/telemetry";
import { freePort, startNats, startTestLlm, type TestLlm } from "@poststelle/test-support";
import { compileRegExpsAtOnce, startPoststelle } from "poststelle";
import {
  arrive,
  arriveWarm,
  BENCH_TMP,
  benchDirectory,
  EventTimes,
  fmt,
  HOPS,
  q,
  type Timing,
  timing,
} from "./bench-measure.js";
import { politeDraft } from "./llm-answers.js";
import { generateMails } from "./mails.js";
import { writePipelineConfig } from "./pipeline-config.js";
import { waitFor } from "./probes.js";

/*
 * The pipeline against the bus's own limit, all in this one process, tracing on:
 * 1. a 5-hop relay of 2 KB events through the five streams with handlers that do nothing, over the
 *    same client path (consumeEvents/publishEvent): the most this process gets out of JetStream;
 *    and the same relay making the pipeline's KV round trips too, so the bus's whole share is known;
 * 2. the real pipeline (watched folder mailbox, all five services, embedded classifier and
 *    templates), every mail in the folder at once: its rate, warm (after an untimed run);
 * 3. the same at half that rate, mails arriving one by one: the latency each hop adds, with the
 *    relay at the same rate beside it, both measured after a warm-up at that rate;
 * 4. a 1 s test LLM drafting with N requests in flight: the draft stage's rate against N per second.
 * Rates run from the first mail stored on mail.ingested to the last on mail.delivered. Numbers
 * only, never pass/fail.
 */

// As the poststelle binary does before it starts the services.
compileRegExpsAtOnce();

const MAILS = 2_000;
const WARMUP_MAILS = 1_000;
const HALF_LOAD_SECONDS = 10;
const WARMUP_SECONDS = 2;
const eventTimes = new EventTimes();
const telemetry = startTelemetry({ serviceName: "poststelle", spanExporter: eventTimes, logLevel: "warn" });
const stageOptions = { concurrency: 64, maxDeliver: 3, ackWaitMs: 30_000, backoffMs: [200] };
let peakRssBytes = 0;
const sampleRss = setInterval(() => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
}, 50);

interface Run extends Timing {
  /** CPU of this process (user + system) per mail, ms: where the time goes on a saturated machine. */
  cpuMsPerMail: number;
}

/**
 * Runs `work` over `count` mails and reads the rate and latencies off the spans it produced, from
 * the mails that arrived after the time `work` returns (all of them when it returns nothing).
 */
async function measured(count: number, work: () => Promise<number | undefined>): Promise<Run> {
  eventTimes.reset();
  const cpu = process.cpuUsage();
  const sinceMs = await work();
  const used = process.cpuUsage(cpu);
  return { ...timing(eventTimes, sinceMs), cpuMsPerMail: (used.user + used.system) / 1e3 / count };
}

/** Arrivals: all at once, or `perSecond` after `warmupCount` at that rate (then timed from after it). */
interface Arrivals {
  count: number;
  perSecond?: number;
  warmupCount?: number;
}

/** Calls `each` for every mail of `arrivals`; returns when the timed part began, if paced. */
async function arriveAll(arrivals: Arrivals, each: (i: number) => Promise<unknown>) {
  const { count, perSecond, warmupCount = 0 } = arrivals;
  if (perSecond !== undefined) return arriveWarm(warmupCount, count, perSecond, each);
  await arrive(count, undefined, each);
  return undefined;
}

const totalOf = (arrivals: Arrivals) => arrivals.count + (arrivals.warmupCount ?? 0);

/**
 * The KV round trips a mail makes in the pipeline, by where they happen (besides each hop's
 * publish and ack): ingest reads and writes its published record; mask writes an erasure index
 * entry and creates the thread's vault record (the bench's mails each start a thread, so it is
 * not read first); unmask reads the vault (through mask's privacy operations) and a delivery
 * record, and writes the record. 7 in all; with them and unmask's audit record the relay makes
 * the pipeline's 17 round trips per mail, and only the stages' own work is left between the two.
 */
const KV_TRIPS = {
  ingest: ["get", "put"],
  mask: ["put", "put"],
  unmask: ["get", "get", "put"],
} as const;

/** `pipelineTrips`: also the pipeline's KV round trips and its audit record, besides each hop's publish. */
async function relay(arrivals: Arrivals, options: { pipelineTrips?: boolean } = {}): Promise<Run> {
  const total = totalOf(arrivals);
  const nats = await startNats();
  const bus = await connectBus({ servers: nats.url, name: "bench-relay" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  const kv = options.pipelineTrips
    ? await declareBucket(bus, { name: "bench_relay", ttlMs: 3_600_000 })
    : undefined;
  const record = new Uint8Array(200);
  // One after the other, as the stages make them.
  const kvTrips = async (stage: keyof typeof KV_TRIPS, mailId: string | undefined) => {
    if (kv === undefined) return;
    for (const [i, op] of KV_TRIPS[stage].entries()) {
      if (op === "get") await kv.get(`${stage}.${mailId}.${i}`);
      else await kv.put(`${stage}.${mailId}.${i}`, record);
    }
  };
  const body = "x".repeat(2_048);
  const meta = (i: number): EventMeta => ({
    schemaVersion: SCHEMA_VERSION,
    mailId: `m_bench_${i}`,
    threadId: `t_bench_${i}`,
    ref: undefined,
    occurredAt: undefined,
  });
  const hop = <T>(event: (typeof Events)[keyof typeof Events], durable: string, next: (e: T) => unknown) =>
    consumeEvents<T>(bus, {
      ...stageOptions,
      event: event as never,
      durable,
      stage: durable,
      handler: async (e) => void (await next(e)),
    });
  const consumers: EventConsumer[] = [
    await hop<MailIngested>(Events.ingested, "r1", async (e) => {
      await kvTrips("mask", e.meta?.mailId);
      await publishEvent(bus, Events.masked, MailMasked.fromPartial({ meta: e.meta, bodyText: body }));
    }),
    await hop<MailMasked>(Events.masked, "r2", (e) =>
      publishEvent(bus, Events.classified, MailClassified.fromPartial({ mail: e })),
    ),
    await hop<MailClassified>(Events.classified, "r3", (e) =>
      publishEvent(bus, Events.drafted, MailDrafted.fromPartial({ meta: e.mail?.meta, bodyText: body })),
    ),
    await hop<MailDrafted>(Events.drafted, "r4", async (e) => {
      await kvTrips("unmask", e.meta?.mailId);
      const mailId = e.meta?.mailId ?? "";
      await Promise.all([
        publishEvent(bus, Events.delivered, MailDelivered.fromPartial({ meta: e.meta })),
        options.pipelineTrips &&
          publishAuditRecord(bus, MailAudited.fromPartial({ mailId, threadId: e.meta?.threadId })),
      ]);
    }),
  ];
  try {
    return await measured(total, async () => {
      const sinceMs = await arriveAll(arrivals, async (i) => {
        const mailMeta = meta(i);
        await kvTrips("ingest", mailMeta.mailId);
        await publishEvent(
          bus,
          Events.ingested,
          MailIngested.fromPartial({ meta: mailMeta, bodyText: body }),
        );
      });
      await waitFor("relay", async () => (await streamCount(bus, Events.delivered.stream)) >= total, 300_000);
      return sinceMs;
    });
  } finally {
    for (const c of consumers) await c.stop();
    await bus.close();
    await nats.stop();
  }
}

/** Paced arrivals are written into the watched folder one by one; the others before the start. */
interface PipelineOptions extends Arrivals {
  llm?: { latencyMs: number; inFlight: number };
}

async function pipeline(options: PipelineOptions): Promise<Run & { llm?: TestLlm }> {
  const { perSecond, llm } = options;
  const count = totalOf(options);
  const dir = await benchDirectory("poststelle-bench-");
  const inbox = join(dir, "in");
  await mkdir(inbox);
  const mails = generateMails({ count, seed: 7, automaticEvery: 0 });
  // Written under another name and renamed, so the watcher never reads half a mail.
  const deposit = async (i: number) => {
    const name = join(inbox, `${String(i).padStart(6, "0")}.eml`);
    await writeFile(`${name}.part`, mails[i]!.raw);
    await rename(`${name}.part`, name);
  };
  if (perSecond === undefined) for (let i = 0; i < count; i++) await deposit(i);
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
  const run = testLlm
    ? {
        ...config,
        llm: { draft: { ...config.llm.draft!, ...draftEndpoint(testLlm.baseUrl, llm!.inFlight) } },
        stages: { ...config.stages, concurrency: { ...config.stages.concurrency, draft: llm!.inFlight } },
      }
    : config;
  try {
    let running: Awaited<ReturnType<typeof startPoststelle>> | undefined;
    const result = await measured(count, async () => {
      running = await startPoststelle({
        config: run,
        services: ["ingest", "mask", "classify", "draft", "unmask"],
        dataDir: dir,
        telemetry,
      });
      const sinceMs = perSecond === undefined ? undefined : await arriveAll(options, deposit);
      await waitFor(
        "pipeline",
        async () => (await streamCount(running!.bus, Events.delivered.stream)) >= count,
        600_000,
      );
      return sinceMs;
    });
    await running?.stop();
    return { ...result, llm: testLlm };
  } finally {
    await Promise.allSettled([nats.stop(), testLlm?.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}

function draftEndpoint(baseUrl: string, inFlight: number) {
  return {
    baseUrl,
    model: "test-model",
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBackoffMs: 50,
    concurrency: inFlight,
    breakerFailureThreshold: 1_000,
    breakerResetMs: 1_000,
    temperature: 0,
    maxTokens: 512,
  };
}

/** Draft requests per second while the stage ran: first request received to last answer sent. */
function llmStageRate(llm: TestLlm): number {
  const received = llm.requests.map((r) => r.receivedAt);
  const seconds = (Math.max(...received) + llm.latencyMs - Math.min(...received)) / 1000;
  return received.length / seconds;
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; mail folders in ${BENCH_TMP}`,
);
// Each timed full-load run follows an untimed one of the same kind in this process: what is
// measured is a running service, not V8 compiling it (cold, the pipeline needs up to 40 % more CPU).
await relay({ count: WARMUP_MAILS }, { pipelineTrips: true });
const fullRelay = await relay({ count: MAILS });
const kvRelay = await relay({ count: MAILS }, { pipelineTrips: true });
await pipeline({ count: WARMUP_MAILS });
const full = await pipeline({ count: MAILS });
const half = full.mailsPerSecond / 2;
const halfLoad = {
  count: Math.round(half * HALF_LOAD_SECONDS),
  perSecond: half,
  warmupCount: Math.round(half * WARMUP_SECONDS),
};
const halfRelay = await relay(halfLoad);
const halfPipeline = await pipeline(halfLoad);

console.log(`\n${MAILS} mails at once, each run after an untimed one of ${WARMUP_MAILS}`);
console.log("| run | mails/s | ratio to relay | CPU ms/mail |\n| --- | ---: | ---: | ---: |");
console.log(
  `| relay, 5 hops, no work | ${fmt(fullRelay.mailsPerSecond)} | 1.00 | ${fmt(fullRelay.cpuMsPerMail, 2)} |`,
);
console.log(
  `| relay with the pipeline's KV round trips and audit record (17 per mail) | ${fmt(kvRelay.mailsPerSecond)} | ${fmt(kvRelay.mailsPerSecond / fullRelay.mailsPerSecond, 3)} | ${fmt(kvRelay.cpuMsPerMail, 2)} |`,
);
console.log(
  `| pipeline, embedded classifier + templates | ${fmt(full.mailsPerSecond)} | ${fmt(full.mailsPerSecond / fullRelay.mailsPerSecond, 3)} | ${fmt(full.cpuMsPerMail, 2)} |`,
);
console.log(
  `pipeline against the relay with its round trips: ${fmt(full.mailsPerSecond / kvRelay.mailsPerSecond, 3)}`,
);

console.log(
  `\nhalf load: ${fmt(half)} mails/s for ${HALF_LOAD_SECONDS} s after ${WARMUP_SECONDS} s of warm-up; hop: stored input event to stored output event; transit: stored input event to its handler's start`,
);
console.log("| hop | pipeline p50 ms | p99 | transit p50 | p99 | relay p50 ms | p99 | transit p50 | p99 |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [hop] of HOPS) {
  const [p, r] = [halfPipeline, halfRelay];
  console.log(
    `| ${hop} | ${q(p.hopMs[hop])} | ${q(p.transitMs[hop])} | ${q(r.hopMs[hop])} | ${q(r.transitMs[hop])} |`,
  );
}
console.log(`| end to end (4 hops) | ${q(halfPipeline.endToEndMs)} | | | ${q(halfRelay.endToEndMs)} | | |`);

console.log("\ndraft LLM at 1 s, N requests in flight, 10 × N mails");
console.log("| N | draft stage mails/s | ideal (N/s) | ratio | whole pipeline mails/s |");
console.log("| ---: | ---: | ---: | ---: | ---: |");
for (const n of [1, 8, 32]) {
  const run = await pipeline({ count: 10 * n, llm: { latencyMs: 1_000, inFlight: n } });
  const stage = llmStageRate(run.llm!);
  console.log(`| ${n} | ${fmt(stage, 2)} | ${n} | ${fmt(stage / n, 2)} | ${fmt(run.mailsPerSecond, 2)} |`);
}
clearInterval(sampleRss);
console.log(
  `\npeak RSS of this one process (all five services and the relay): ${fmt(peakRssBytes / 2 ** 20, 0)} MiB`,
);
await telemetry.shutdown();

import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { connectBus, streamCount } from "@poststelle/bus";
import { Events } from "@poststelle/contracts";
import { freePort, startNats } from "@poststelle/test-support";
import { arriveWarm, benchDirectory, EventTimes, fmt, HOPS, q, timing } from "./bench-measure.js";
import { type ChildPoststelle, startChildPoststelle } from "./child-poststelle.js";
import { generateMails } from "./mails.js";
import { startOtlpReceiver } from "./otlp-receiver.js";
import { writePipelineConfig } from "./pipeline-config.js";
import { waitFor } from "./probes.js";

/*
 * Each service in a process of its own, as on Kubernetes, exporting its spans over OTLP to this
 * process: peak memory per service (VmHWM, the kernel's high-water mark of resident memory), CPU
 * per mail per service, the pipeline's rate when the five share this machine's cores, and at half
 * that rate the latency each hop adds. Embedded classifier and template drafts. Numbers only,
 * never pass/fail.
 */

const SERVICES = ["unmask", "draft", "classify", "mask", "ingest"] as const;
const MAILS = 1_000;
/** Untimed mails first, so the timed run measures compiled code, not V8 compiling it. */
const WARM_UP_MAILS = 500;
const HALF_LOAD_SECONDS = 10;
/** USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of a process so far, ms. */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function peakRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const dir = await benchDirectory("poststelle-services-bench-");
const nats = await startNats();
const times = new EventTimes();
const otlp = await startOtlpReceiver(times);
const inbox = join(dir, "mailbox");
await mkdir(inbox);
const pipeline = await writePipelineConfig(dir, {
  natsUrl: nats.url,
  folder: { path: inbox, outputPath: join(dir, "drafts") },
  grpcPort: await freePort(),
  metricsPort: await freePort(),
  logLevel: "warn",
});
const mails = generateMails({ count: 3 * MAILS, seed: 11, automaticEvery: 10, tag: "mem" });
let written = 0;
/** The next mail into the watched folder, renamed into place so it is never read half written. */
const deposit = async () => {
  const index = written++;
  const name = join(inbox, `${String(index).padStart(6, "0")}.eml`);
  await writeFile(`${name}.part`, mails[index]!.raw);
  await rename(`${name}.part`, name);
};

const children = new Map<string, ChildPoststelle>();
const ports = new Map<string, number>();
try {
  for (const service of SERVICES) {
    const port = await freePort();
    ports.set(service, port);
    children.set(
      service,
      startChildPoststelle({
        service,
        configFile: pipeline.file,
        dataDir: join(dir, `data-${service}`),
        env: {
          ...pipeline.env,
          POSTSTELLE__TELEMETRY__METRICS_PORT: String(port),
          OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        },
        logFile: join(dir, `${service}.log`),
      }),
    );
  }
  for (const [service, port] of ports) {
    await waitFor(
      `${service} ready`,
      async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
      60_000,
    );
  }
  const bus = await connectBus({ servers: nats.url, name: "services-bench" });
  const delivered = (count: number) =>
    waitFor(
      `${count} mails delivered`,
      async () => (await streamCount(bus, Events.delivered.stream)) >= count,
      300_000,
    );

  // Untimed, so CPU per mail below is the steady state a long-running pod reaches.
  while (written < WARM_UP_MAILS) await deposit();
  await delivered(WARM_UP_MAILS);

  // Full load: every mail at once.
  const cpuBefore = new Map<string, number>();
  for (const [service, child] of children) cpuBefore.set(service, await cpuMs(child.pid));
  const started = performance.now();
  while (written < WARM_UP_MAILS + MAILS) await deposit();
  await delivered(WARM_UP_MAILS + MAILS);
  const mailsPerSecond = MAILS / ((performance.now() - started) / 1000);
  const cpuPerMail = new Map<string, number>();
  for (const [service, child] of children)
    cpuPerMail.set(service, ((await cpuMs(child.pid)) - cpuBefore.get(service)!) / MAILS);

  // Half load: one mail after another at half the rate just measured.
  const perSecond = mailsPerSecond / 2;
  const halfCount = Math.min(mails.length - written, Math.round(perSecond * HALF_LOAD_SECONDS));
  // The runs before have warmed every process up: no warm-up arrivals needed.
  const halfStartedAt = await arriveWarm(0, halfCount, perSecond, deposit);
  await delivered(WARM_UP_MAILS + MAILS + halfCount);
  await bus.close();
  const peakRss = new Map<string, number>();
  for (const [service, child] of children) peakRss.set(service, await peakRssMiB(child.pid));
  // A graceful stop flushes each service's span exporter.
  for (const child of children.values()) await child.stop();
  children.clear();
  const half = timing(times, halfStartedAt);

  console.log(
    `\n${MAILS} mails at once after ${WARM_UP_MAILS} untimed, five processes sharing this machine's cores: ${fmt(mailsPerSecond)} mails/s`,
  );
  console.log("\n| service | peak RSS (MiB) | CPU ms per mail |\n| --- | ---: | ---: |");
  let busiest = { service: "", msPerMail: 0 };
  for (const service of SERVICES) {
    const msPerMail = cpuPerMail.get(service)!;
    if (msPerMail > busiest.msPerMail) busiest = { service, msPerMail };
    console.log(`| ${service} | ${fmt(peakRss.get(service)!, 0)} | ${fmt(msPerMail, 2)} |`);
  }
  console.log(
    `\nbusiest service: ${busiest.service}, ${fmt(busiest.msPerMail, 2)} ms CPU per mail: with a core of its own it could take about ${fmt(1000 / busiest.msPerMail, 0)} mails/s (an estimate from CPU time, not a run)`,
  );
  console.log(
    `\nhalf load: ${fmt(perSecond)} mails/s for ${HALF_LOAD_SECONDS} s (${otlp.spanCount} spans over OTLP), hop: stored input event to stored output event; transit: stored input event to its handler's start`,
  );
  console.log(
    "| hop | p50 ms | p99 ms | transit p50 ms | transit p99 ms |\n| --- | ---: | ---: | ---: | ---: |",
  );
  for (const [hop] of HOPS) console.log(`| ${hop} | ${q(half.hopMs[hop])} | ${q(half.transitMs[hop])} |`);
  console.log(`| end to end (4 hops) | ${q(half.endToEndMs)} | | |`);
} finally {
  for (const child of children.values()) await child.stop();
  await otlp.close();
  await nats.stop();
  await rm(dir, { recursive: true, force: true });
}

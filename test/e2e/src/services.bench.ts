import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectBus, streamCount } from "@poststelle/bus";
import { Events } from "@poststelle/contracts";
import { freePort, startNats } from "@poststelle/test-support";
import { type ChildPoststelle, startChildPoststelle } from "./child-poststelle.js";
import { generateMails } from "./mails.js";
import { writePipelineConfig } from "./pipeline-config.js";
import { waitFor } from "./probes.js";

/*
 * Each service in a process of its own, as on Kubernetes: peak memory per service (VmHWM, the
 * kernel's high-water mark of resident memory), CPU per mail per service, and the pipeline's rate
 * when the five share this machine's cores. Embedded classifier and template drafts. Numbers
 * only, never pass/fail.
 */

const SERVICES = ["unmask", "draft", "classify", "mask", "ingest"] as const;
const MAILS = 1_000;
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

const dir = await mkdtemp(join(tmpdir(), "poststelle-services-bench-"));
const nats = await startNats();
const inbox = join(dir, "mailbox");
await mkdir(inbox);
const pipeline = await writePipelineConfig(dir, {
  natsUrl: nats.url,
  folder: { path: inbox, outputPath: join(dir, "drafts") },
  grpcPort: await freePort(),
  metricsPort: await freePort(),
  logLevel: "warn",
});
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
        env: { ...pipeline.env, POSTSTELLE__TELEMETRY__METRICS_PORT: String(port) },
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
  const cpuBefore = new Map<string, number>();
  for (const [service, child] of children) cpuBefore.set(service, await cpuMs(child.pid));
  const started = performance.now();
  for (const mail of generateMails({ count: MAILS, seed: 11, automaticEvery: 10, tag: "mem" })) {
    await writeFile(join(inbox, `${String(mail.index).padStart(5, "0")}.eml`), mail.raw);
  }
  await waitFor(
    "all mails delivered",
    async () => (await streamCount(bus, Events.delivered.stream)) >= MAILS,
    300_000,
  );
  const seconds = (performance.now() - started) / 1000;
  await bus.close();

  console.log(
    `\n${MAILS} mails, five processes sharing this machine's cores: ${(MAILS / seconds).toFixed(1)} mails/s`,
  );
  console.log("\n| service | peak RSS (MiB) | CPU ms per mail |\n| --- | ---: | ---: |");
  let busiest = { service: "", msPerMail: 0 };
  for (const [service, child] of children) {
    const msPerMail = ((await cpuMs(child.pid)) - cpuBefore.get(service)!) / MAILS;
    if (msPerMail > busiest.msPerMail) busiest = { service, msPerMail };
    console.log(`| ${service} | ${(await peakRssMiB(child.pid)).toFixed(0)} | ${msPerMail.toFixed(2)} |`);
  }
  console.log(
    `\nbusiest service: ${busiest.service}, ${busiest.msPerMail.toFixed(2)} ms CPU per mail: with a core of its own it could take about ${(1000 / busiest.msPerMail).toFixed(0)} mails/s (an estimate from CPU time, not a run)`,
  );
} finally {
  for (const child of children.values()) await child.stop();
  await nats.stop();
  await rm(dir, { recursive: true, force: true });
}

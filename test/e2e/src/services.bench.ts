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
 * kernel's high-water mark of resident memory) and the pipeline's rate when the five share this
 * machine's cores. Embedded classifier and template drafts. Numbers only, never pass/fail.
 */

const SERVICES = ["unmask", "draft", "classify", "mask", "ingest"] as const;
const MAILS = 300;

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
  console.log("\n| service | peak RSS (MiB) |\n| --- | ---: |");
  for (const [service, child] of children) {
    console.log(`| ${service} | ${(await peakRssMiB(child.pid)).toFixed(0)} |`);
  }
} finally {
  for (const child of children.values()) await child.stop();
  await nats.stop();
  await rm(dir, { recursive: true, force: true });
}

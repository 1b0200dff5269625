import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { consumeEvents, readStream } from "@poststelle/bus";
import { type Config, loadConfig } from "@poststelle/config";
import { DeadLetters, Events, type MailClassified } from "@poststelle/contracts";
import { ConfigError } from "@poststelle/errors";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { type DemoLine, deadLetterLine, demoLine, formatDemoLine } from "../demo-report.js";
import { type PoststelleProcess, startPoststelle } from "../process.js";
import { SERVICE_NAMES } from "../services.js";

const observerOptions = { concurrency: 4, maxDeliver: 3, ackWaitMs: 30_000, backoffMs: [500] };

/** The demo's config: the folder mailbox from the flags; quiet logs, the report is the output. */
function demoConfig(config: Config, mailboxDir: string | undefined, outDir: string | undefined): Config {
  const mailboxes = config.mailboxes.map((m) =>
    m.kind === "folder"
      ? {
          ...m,
          path: mailboxDir ? resolve(mailboxDir) : m.path,
          outputPath: outDir ? resolve(outDir) : m.outputPath,
        }
      : m,
  );
  return { ...config, mailboxes, telemetry: { ...config.telemetry, logLevel: "error" } };
}

async function countMails(config: Config): Promise<number> {
  let total = 0;
  for (const mailbox of config.mailboxes) {
    if (mailbox.kind !== "folder") {
      throw new ConfigError(
        "(demo)",
        "mailboxes",
        "the demo reads folder mailboxes only; use `poststelle run all`",
      );
    }
    total += (await readdir(mailbox.path)).filter((f) => f.endsWith(".eml")).length;
  }
  return total;
}

/** Watches the pipeline's output until every mail of the mailbox is delivered or dead-lettered. */
async function collect(
  running: PoststelleProcess,
  expected: number,
  timeoutMs: number,
  print: (l: DemoLine) => void,
) {
  const classified = new Map<string, MailClassified>();
  const lines: DemoLine[] = [];
  await consumeEvents(running.bus, {
    ...observerOptions,
    event: Events.classified,
    durable: "demo-classified",
    stage: "demo",
    handler: async (event) => {
      classified.set(event.mail?.meta?.mailId ?? "", event);
    },
  });
  await consumeEvents(running.bus, {
    ...observerOptions,
    concurrency: 1,
    event: Events.delivered,
    durable: "demo-delivered",
    stage: "demo",
    handler: async (event) => {
      const line = demoLine(classified.get(event.meta?.mailId ?? ""), event);
      lines.push(line);
      print(line);
    },
  });
  const deadline = Date.now() + timeoutMs;
  let lastLetter = 0;
  while (lines.length < expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    for (const stored of await readStream(running.bus, DeadLetters, { fromSequence: lastLetter + 1 })) {
      const line = deadLetterLine(stored.event);
      lines.push(line);
      print(line);
      lastLetter = stored.sequence;
    }
  }
  return lines;
}

export const demoCommand: Command = {
  name: "demo",
  summary: "Run the whole pipeline once over the bundled sample mailbox and print what happened",
  help: [
    "Usage: poststelle demo [--mailbox DIR] [--out DIR] [--config FILE] [--timeout-ms N]",
    "",
    "Starts a local nats-server and all five services on the embedded defaults (embedded",
    "classifier, template drafts, no LLM needed), feeds them the sample mailbox, prints the",
    "department, decided_by, confidence and a masked excerpt of every mail, writes the drafts",
    "as .eml files, and exits when the mailbox is done.",
    "",
    "Options:",
    "      --mailbox DIR     folder of .eml files (default: samples/mailbox)",
    "      --out DIR         where drafts are written (default: out/drafts)",
    "  -c, --config FILE     YAML config instead of the embedded defaults",
    "      --timeout-ms N    give up after this long (default: 120000)",
  ].join("\n"),
  options: {
    mailbox: { type: "string" },
    out: { type: "string" },
    config: { type: "string", short: "c" },
    "timeout-ms": { type: "string" },
  },
  async run(args, io) {
    const base = await loadConfig({ file: stringOption(args, "config"), env: io.env });
    const config = demoConfig(base, stringOption(args, "mailbox"), stringOption(args, "out"));
    const expected = await countMails(config);
    const dataDir = await mkdtemp(join(tmpdir(), "poststelle-demo-"));
    const started = performance.now();
    io.stdout.write(
      `Poststelle demo: ${expected} mails from ${config.mailboxes.map((m) => m.id).join(", ")}\n\n`,
    );
    const running = await startPoststelle({ config, services: SERVICE_NAMES, dataDir });
    try {
      const lines = await collect(
        running,
        expected,
        Number(stringOption(args, "timeout-ms") ?? 120_000),
        (l) => io.stdout.write(`${formatDemoLine(l)}\n`),
      );
      const drafts = lines.filter((l) => !l.noDraft && !l.deadLetter).length;
      const seconds = (performance.now() - started) / 1000;
      const outputs = config.mailboxes.map((m) => (m.kind === "folder" ? m.outputPath : m.id)).join(", ");
      io.stdout.write(
        `\n${lines.length}/${expected} mails done in ${seconds.toFixed(1)} s: ${drafts} drafts written to ${outputs}\n`,
      );
      return lines.length === expected ? 0 : 1;
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

import type { Writable } from "node:stream";
import { loadConfig } from "@poststelle/config";
import { createChatClient } from "@poststelle/llm";
import { classifyJsonl, trainEmbeddedClassifier } from "@poststelle/routing";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { inputStream } from "../input.js";

export const classifyCommand: Command = {
  name: "classify",
  summary: "Route mails read as JSON lines, through the same rules, LLM and fallback as the service",
  help: [
    "Usage: poststelle classify --jsonl [--config FILE] [FILE|-]",
    "",
    'Reads one mail per line, {"id","subject","body","from","to"}, and writes one decision per',
    'line, {"id","department","intent","priority","language","sentiment","confidence","decided_by"},',
    "in input order. Uses llm.classify from the config when set, the embedded classifier otherwise.",
    "Texts are sent to the LLM as they are: mask them first (poststelle mask --jsonl).",
    "",
    "Options:",
    "      --jsonl        required: the input and output format",
    "  -c, --config FILE  departments, rules, triage, labeled mails and LLM endpoint",
    "                     (default: embedded defaults)",
  ].join("\n"),
  options: {
    jsonl: { type: "boolean" },
    config: { type: "string", short: "c" },
  },
  async run(args, io) {
    if (!args.values["jsonl"]) {
      io.stderr.write(`${this.help}\n`);
      return 2;
    }
    const config = await loadConfig({ file: stringOption(args, "config"), env: io.env, secrets: ["llm"] });
    const llm = config.llm.classify ? createChatClient(config.llm.classify, { name: "classify" }) : undefined;
    const fallback = await trainEmbeddedClassifier(config);
    const summary = await classifyJsonl(
      inputStream(args.positionals[0], io.stdin),
      io.stdout as Writable,
      { departments: config.departments, rules: config.rules, triage: config.triage, llm, fallback },
      { concurrency: config.llm.classify?.concurrency ?? 8 },
    );
    llm?.close();
    return summary.failed > 0 ? 1 : 0;
  },
};

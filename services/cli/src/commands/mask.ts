import type { Writable } from "node:stream";
import { loadConfig } from "@poststelle/config";
import { customPatterns } from "@poststelle/mask";
import { maskJsonl, maskText } from "@poststelle/pii";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { inputStream, readAll } from "../input.js";

const LANGUAGES = ["de", "en", "auto"] as const;

export const maskCommand: Command = {
  name: "mask",
  summary: "Mask personal data in text, offline, with the same engine as the mask service",
  help: [
    "Usage: poststelle mask [--lang de|en|auto] [--jsonl] [--config FILE] [FILE|-]",
    "",
    "Prints the text with every personal value replaced by a placeholder such as [[PERSON_1]].",
    "Needs no server and keeps nothing: placeholders cannot be reversed afterwards.",
    "",
    "Options:",
    "      --lang L       language hint: de, en or auto (default auto)",
    '      --jsonl        one JSON object per line in, {"id","text"}; one per line out,',
    '                     {"id","masked","entities":[{"type","start","end"}]}, offsets into the input',
    "  -c, --config FILE  take extra identifier patterns (privacy.patterns) from this config",
  ].join("\n"),
  options: {
    lang: { type: "string" },
    jsonl: { type: "boolean" },
    config: { type: "string", short: "c" },
  },
  async run(args, io) {
    const lang = stringOption(args, "lang") ?? "auto";
    if (!LANGUAGES.includes(lang as (typeof LANGUAGES)[number])) {
      io.stderr.write(`poststelle mask: --lang must be one of ${LANGUAGES.join(", ")}\n`);
      return 2;
    }
    // Masking text reads only the custom patterns: no credential of the file is needed.
    const config = await loadConfig({ file: stringOption(args, "config"), env: io.env, secrets: [] });
    const options = { language: lang as (typeof LANGUAGES)[number], patterns: customPatterns(config) };
    const input = inputStream(args.positionals[0], io.stdin);
    if (args.values["jsonl"]) {
      const summary = await maskJsonl(input, io.stdout as Writable, options);
      return summary.errors > 0 ? 1 : 0;
    }
    io.stdout.write(maskText(await readAll(input), undefined, options).masked);
    return 0;
  },
};

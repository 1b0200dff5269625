import { readFileSync } from "node:fs";
import { SCHEMA_VERSION } from "@poststelle/contracts";
import type { Command } from "../command.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export const versionCommand: Command = {
  name: "version",
  summary: "Print the version and the event schema version",
  help: "Usage: poststelle version\n\nPrints the Poststelle version and the schema version of its bus events.",
  options: {},
  async run(_args, io) {
    io.stdout.write(`poststelle ${pkg.version} (event schema v${SCHEMA_VERSION}, node ${process.version})\n`);
    return 0;
  },
};
